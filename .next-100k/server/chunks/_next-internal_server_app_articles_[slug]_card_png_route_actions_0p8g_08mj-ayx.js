module.exports=[18669,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_articles_%5Bslug%5D_card_png_route_actions_0p8g_08mj-ayx.js.map