module.exports=[90459,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_publish_route_actions_1hmh_aqw5me90.js.map