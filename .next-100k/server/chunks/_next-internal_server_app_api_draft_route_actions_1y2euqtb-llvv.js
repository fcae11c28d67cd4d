module.exports=[40986,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_draft_route_actions_1y2euqtb-llvv.js.map