module.exports=[49561,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_page_%5Bn%5D_page_actions_0xjaq0tyz5il7.js.map