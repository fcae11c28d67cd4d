module.exports=[95314,e=>{"use strict";var t=e.i(65044),s=e.i(79987);async function a(e){let a=[...new Set(e)].sort().slice(0,s.Z);await (0,t.unstable_cache)(async()=>a.length,["onrecord-render-tags",...a],{tags:a})()}e.s(["f",0,a])}];

//# sourceMappingURL=lib_site_render-tags_ts_1pizcpp_wxtp4._.js.map