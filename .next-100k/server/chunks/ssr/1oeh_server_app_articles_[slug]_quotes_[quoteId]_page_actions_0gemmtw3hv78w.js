module.exports=[76204,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_articles_%5Bslug%5D_quotes_%5BquoteId%5D_page_actions_0gemmtw3hv78w.js.map