module.exports=[92941,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_people_%5Bid%5D_page_%5Bn%5D_page_actions_1lhd-z1wl31ej.js.map