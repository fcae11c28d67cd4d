module.exports=[66680,(e,o,r)=>{o.exports=e.x("node:crypto",()=>require("node:crypto"))},2157,(e,o,r)=>{o.exports=e.x("node:fs",()=>require("node:fs"))},50227,(e,o,r)=>{o.exports=e.x("node:path",()=>require("node:path"))}];

//# sourceMappingURL=%5Bexternals%5D__0e2regkf5bw64._.js.map