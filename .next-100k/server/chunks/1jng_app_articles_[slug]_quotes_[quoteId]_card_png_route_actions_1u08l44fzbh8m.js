module.exports=[85337,(e,o,d)=>{}];

//# sourceMappingURL=1jng_app_articles_%5Bslug%5D_quotes_%5BquoteId%5D_card_png_route_actions_1u08l44fzbh8m.js.map