module.exports=[41385,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_drafts_page_actions_08j0kmrzpbyh5.js.map