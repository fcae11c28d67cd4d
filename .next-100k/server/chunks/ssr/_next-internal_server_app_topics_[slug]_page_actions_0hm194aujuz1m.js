module.exports=[22257,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_topics_%5Bslug%5D_page_actions_0hm194aujuz1m.js.map