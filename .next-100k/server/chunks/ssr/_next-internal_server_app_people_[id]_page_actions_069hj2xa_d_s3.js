module.exports=[32074,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_people_%5Bid%5D_page_actions_069hj2xa_d_s3.js.map