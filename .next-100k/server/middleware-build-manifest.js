globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/5nQijoQkEjyrQakEySQR5/_buildManifest.js",
    "static/5nQijoQkEjyrQakEySQR5/_ssgManifest.js",
    "static/5nQijoQkEjyrQakEySQR5/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/0kbgo1ox228x8.js",
    "static/chunks/1fs60zsw0m7nb.js",
    "static/chunks/1zddlmctmm9x-.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/articles/[slug]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/articles/[slug]/quotes/[quoteId]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/drafts/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/page/[n]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/people/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/people/[id]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/people/[id]/page/[n]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/preview/articles/[slug]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/[slug]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/[slug]/page/[n]/page": {
      "otherChunks": [
        "static/chunks/0kbgo1ox228x8.js",
        "static/chunks/1fs60zsw0m7nb.js",
        "static/chunks/1zddlmctmm9x-.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
