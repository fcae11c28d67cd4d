module.exports=[7634,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_page_actions_1zcrx7h18754e.js.map