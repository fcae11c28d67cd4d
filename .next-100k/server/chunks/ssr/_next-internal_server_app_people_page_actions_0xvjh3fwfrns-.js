module.exports=[1667,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_people_page_actions_0xvjh3fwfrns-.js.map