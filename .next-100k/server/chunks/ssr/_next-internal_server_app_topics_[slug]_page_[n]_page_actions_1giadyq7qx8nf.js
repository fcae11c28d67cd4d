module.exports=[46204,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_topics_%5Bslug%5D_page_%5Bn%5D_page_actions_1giadyq7qx8nf.js.map