module.exports=[28426,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_draft_disable_route_actions_1a_8yudy1beq5.js.map