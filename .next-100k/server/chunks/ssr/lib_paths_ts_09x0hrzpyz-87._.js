module.exports=[23684,a=>{"use strict";a.s(["I",0,"/","f",0,(a,b)=>`/articles/${a}/quotes/${b}`])}];

//# sourceMappingURL=lib_paths_ts_09x0hrzpyz-87._.js.map