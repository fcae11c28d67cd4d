module.exports=[41026,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_card_png_route_actions_12aplpe6lpqtj.js.map