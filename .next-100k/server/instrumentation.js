var R=require("./chunks/[turbopack]_runtime.js")("server/instrumentation.js")
R.c("server/chunks/_1mwz_56a-4ozq._.js")
R.m(69449)
module.exports=R.m(69449).exports
