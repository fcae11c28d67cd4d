module.exports=[63578,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_preview_articles_%5Bslug%5D_page_actions_0uh-uzxtd39xa.js.map