// generated from openapi/images.yaml by `npm run generate` — do not edit

export const operations = {
  "listImages": {
    "operationId": "listImages",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1",
    "summary": "List images (v1, page-based)",
    "tags": [
      "Images"
    ],
    "deprecated": true,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "page",
        "in": "query",
        "required": false,
        "kind": "integer",
        "default": 1
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "kind": "integer",
        "default": 1000
      },
      {
        "name": "creator",
        "in": "query",
        "required": false,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "uploadImage": {
    "operationId": "uploadImage",
    "method": "POST",
    "path": "/accounts/{account_id}/images/v1",
    "summary": "Upload an image",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": {
      "required": true,
      "contentType": "multipart/form-data",
      "schema": "UploadImageForm",
      "fields": {
        "file": "binary",
        "url": "string",
        "id": "string",
        "metadata": "string",
        "requireSignedURLs": "boolean",
        "creator": "string"
      }
    },
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "415": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": "id"
  },
  "getImage": {
    "operationId": "getImage",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/{image_id}",
    "summary": "Image details",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "image_id",
        "in": "path",
        "required": true,
        "kind": "string",
        "spansSegments": true
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "deleteImage": {
    "operationId": "deleteImage",
    "method": "DELETE",
    "path": "/accounts/{account_id}/images/v1/{image_id}",
    "summary": "Delete image",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "image_id",
        "in": "path",
        "required": true,
        "kind": "string",
        "spansSegments": true
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "updateImage": {
    "operationId": "updateImage",
    "method": "PATCH",
    "path": "/accounts/{account_id}/images/v1/{image_id}",
    "summary": "Update image",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "image_id",
        "in": "path",
        "required": true,
        "kind": "string",
        "spansSegments": true
      }
    ],
    "requestBody": {
      "required": true,
      "contentType": "application/json",
      "schema": "UpdateImageBody",
      "fields": {
        "creator": "string",
        "metadata": "object",
        "requireSignedURLs": "boolean"
      }
    },
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "415": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "getImageBlob": {
    "operationId": "getImageBlob",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/{image_id}/blob",
    "summary": "Base image",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "image_id",
        "in": "path",
        "required": true,
        "kind": "string",
        "spansSegments": true
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "image/svg+xml",
          "image/heic",
          "image/avif"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "listSigningKeys": {
    "operationId": "listSigningKeys",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/keys",
    "summary": "List signing keys",
    "tags": [
      "Signing keys"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "createSigningKey": {
    "operationId": "createSigningKey",
    "method": "PUT",
    "path": "/accounts/{account_id}/images/v1/keys/{signing_key_name}",
    "summary": "Create a new signing key",
    "tags": [
      "Signing keys"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "signing_key_name",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "deleteSigningKey": {
    "operationId": "deleteSigningKey",
    "method": "DELETE",
    "path": "/accounts/{account_id}/images/v1/keys/{signing_key_name}",
    "summary": "Delete signing key",
    "tags": [
      "Signing keys"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "signing_key_name",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "getImageStats": {
    "operationId": "getImageStats",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/stats",
    "summary": "Images usage statistics",
    "tags": [
      "Stats"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "listVariants": {
    "operationId": "listVariants",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/variants",
    "summary": "List variants",
    "tags": [
      "Variants"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "createVariant": {
    "operationId": "createVariant",
    "method": "POST",
    "path": "/accounts/{account_id}/images/v1/variants",
    "summary": "Create a variant",
    "tags": [
      "Variants"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": {
      "required": true,
      "contentType": "application/json",
      "schema": "CreateVariantBody",
      "fields": {
        "id": "string",
        "options": "object",
        "neverRequireSignedURLs": "boolean"
      }
    },
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "415": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "getVariant": {
    "operationId": "getVariant",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v1/variants/{variant_id}",
    "summary": "Variant details",
    "tags": [
      "Variants"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "variant_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "deleteVariant": {
    "operationId": "deleteVariant",
    "method": "DELETE",
    "path": "/accounts/{account_id}/images/v1/variants/{variant_id}",
    "summary": "Delete a variant",
    "tags": [
      "Variants"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "variant_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "updateVariant": {
    "operationId": "updateVariant",
    "method": "PATCH",
    "path": "/accounts/{account_id}/images/v1/variants/{variant_id}",
    "summary": "Update a variant",
    "tags": [
      "Variants"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "variant_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": {
      "required": true,
      "contentType": "application/json",
      "schema": "UpdateVariantBody",
      "fields": {
        "options": "object",
        "neverRequireSignedURLs": "boolean"
      }
    },
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "404": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "415": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "listImagesV2": {
    "operationId": "listImagesV2",
    "method": "GET",
    "path": "/accounts/{account_id}/images/v2",
    "summary": "List images (v2, continuation token)",
    "tags": [
      "Images"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      },
      {
        "name": "continuation_token",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "name": "per_page",
        "in": "query",
        "required": false,
        "kind": "integer",
        "default": 1000
      },
      {
        "name": "sort_order",
        "in": "query",
        "required": false,
        "kind": "string",
        "default": "desc"
      },
      {
        "name": "creator",
        "in": "query",
        "required": false,
        "kind": "string"
      },
      {
        "name": "meta",
        "in": "query",
        "required": false,
        "kind": "object",
        "style": "form",
        "explode": true
      }
    ],
    "requestBody": null,
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  },
  "createDirectUpload": {
    "operationId": "createDirectUpload",
    "method": "POST",
    "path": "/accounts/{account_id}/images/v2/direct_upload",
    "summary": "Create authenticated direct upload URL (v2)",
    "tags": [
      "Direct uploads"
    ],
    "deprecated": false,
    "parameters": [
      {
        "name": "account_id",
        "in": "path",
        "required": true,
        "kind": "string"
      }
    ],
    "requestBody": {
      "required": true,
      "contentType": "multipart/form-data",
      "schema": "DirectUploadForm",
      "fields": {
        "expiry": "string",
        "metadata": "string",
        "requireSignedURLs": "boolean",
        "id": "string",
        "creator": "string"
      }
    },
    "responses": {
      "200": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {}
      },
      "400": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "401": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "403": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "415": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "429": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "retry-after": {
            "required": true
          },
          "cf-ray": {
            "required": false
          }
        }
      },
      "4XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      },
      "5XX": {
        "contentTypes": [
          "application/json"
        ],
        "headers": {
          "cf-ray": {
            "required": false
          }
        }
      }
    },
    "idempotentWhenPresent": null
  }
} as const;

export type OperationId = keyof typeof operations;

export const facts = {
  "serverUrl": "https://api.cloudflare.com/client/v4",
  "metadataFilters": {
    "keyPrefix": "meta.",
    "maxFilters": 5,
    "maxDepth": 5,
    "maxListValues": 10,
    "listSeparator": "|",
    "operators": {
      "eq": "any",
      "eq:string": "string",
      "eq:number": "number",
      "eq:boolean": "boolean",
      "in": "any-list",
      "in:string": "string-list",
      "in:number": "number-list",
      "gt": "number",
      "gte": "number",
      "lt": "number",
      "lte": "number",
      "gt:number": "number",
      "gte:number": "number",
      "lt:number": "number",
      "lte:number": "number"
    },
    "keyPattern": "^meta\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,4}\\[(eq|eq:string|eq:number|eq:boolean|in|in:string|in:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$",
    "valueRules": [
      {
        "key": "\\[eq(:string)?\\]$"
      },
      {
        "key": "\\[eq:boolean\\]$",
        "enum": [
          "true",
          "false"
        ]
      },
      {
        "key": "\\[(eq:number|gt|gte|lt|lte|gt:number|gte:number|lt:number|lte:number)\\]$",
        "pattern": "^-?[0-9]+(\\.[0-9]+)?$"
      },
      {
        "key": "\\[in(:string)?\\]$",
        "pattern": "^[^|]*(\\|[^|]*){0,9}$"
      },
      {
        "key": "\\[in:number\\]$",
        "pattern": "^-?[0-9]+(\\.[0-9]+)?(\\|-?[0-9]+(\\.[0-9]+)?){0,9}$"
      }
    ]
  },
  "metadataMaxBytes": 1024,
  "expiryWindow": {
    "minSeconds": 120,
    "maxSeconds": 21600,
    "defaultSeconds": 1800
  },
  "imageLimits": {
    "maxBytes": 10485760,
    "maxPixels": 100000000,
    "maxSide": 12000
  },
  "defaultVariant": {
    "id": "public",
    "options": {
      "fit": "scale-down",
      "metadata": "none",
      "width": 1366,
      "height": 768
    },
    "neverRequireSignedURLs": false
  },
  "imageMediaTypes": [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/svg+xml",
    "image/heic",
    "image/avif"
  ],
  "rules": {
    "listImages.stored-only": {
      "statement": "Lists the images the account stores; a direct upload's draft is not listed until its file arrives.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1/get/x-cf-rules/stored-only"
    },
    "listImages.creator": {
      "statement": "`creator` lists only the images uploaded (or direct-uploaded) with that creator.",
      "source": "API reference, List images",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1/get/x-cf-rules/creator"
    },
    "uploadImage.stored": {
      "statement": "A 200 stores the image under the returned `id` (the custom `id` when one was given): getImage then shows the metadata, creator, requireSignedURLs and file name it was uploaded with, getImageBlob returns its bytes, both lists show it, stats count it and its delivery URLs serve it.",
      "source": "Cloudflare Images docs, Upload images",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1/post/x-cf-rules/stored"
    },
    "uploadImage.answer": {
      "statement": "The 200's `result` is the stored image, as getImage then shows it.",
      "source": "API reference, Upload an image",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1/post/x-cf-rules/answer"
    },
    "uploadImage.custom-id-taken": {
      "statement": "A custom ID names one image: an upload or a direct upload under an ID that an image or a draft already has is refused.",
      "source": "Cloudflare Images docs, Custom IDs",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1/post/x-cf-rules/custom-id-taken"
    },
    "getImage.draft": {
      "statement": "A direct upload's image shows `draft: true` until its file arrives; until then it has no blob and is not delivered.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}/get/x-cf-rules/draft"
    },
    "deleteImage.gone": {
      "statement": "After a 200 the image is gone: getImage, getImageBlob, updateImage and deleteImage refuse its id, the lists leave it out, stats stop counting it and its delivery URLs are refused.",
      "source": "API reference, Delete image",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}/delete/x-cf-rules/gone"
    },
    "deleteImage.only-named": {
      "statement": "Only the image named is deleted: a custom ID is opaque, so the image `a/b` is not part of the image `a`.",
      "source": "Cloudflare Images docs, Custom IDs",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}/delete/x-cf-rules/only-named"
    },
    "updateImage.applied": {
      "statement": "A 200 applies the fields sent: its `result` and every later read (details, lists, delivery) show them.",
      "source": "API reference, Update image",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}/patch/x-cf-rules/applied"
    },
    "updateImage.custom-id-unsigned": {
      "statement": "Making an image with a custom ID require signed URLs is not supported: such an update is refused and changes nothing.",
      "source": "Cloudflare Images docs, Custom IDs",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}/patch/x-cf-rules/custom-id-unsigned"
    },
    "getImageBlob.bytes": {
      "statement": "A stored image's blob is the bytes it was uploaded with, with its image media type.",
      "source": "API reference, Base image",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1{image_id}~1blob/get/x-cf-rules/bytes"
    },
    "createSigningKey.stored": {
      "statement": "The key is in the result and in the list until it is deleted; delivery URLs signed with its value are served.",
      "source": "Cloudflare Images docs, Serve private images",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1keys~1{signing_key_name}/put/x-cf-rules/stored"
    },
    "deleteSigningKey.gone": {
      "statement": "The deleted key leaves the result and the list, and URLs signed with it are refused; the other keys stay. Deleting the last key makes a new default key.",
      "source": "Cloudflare Images docs, Serve private images",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1keys~1{signing_key_name}/delete/x-cf-rules/gone"
    },
    "getImageStats.counts": {
      "statement": "`count.current` is the number of images the account stores: a stored upload adds one, a delete removes one (whether a draft counts is not documented).",
      "source": "API reference, Images usage statistics",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1stats/get/x-cf-rules/counts"
    },
    "createVariant.stored": {
      "statement": "A 200 stores the variant: its result, getVariant and listVariants show the options sent, and delivery URLs with its name serve the account's images.",
      "source": "Cloudflare Images docs, Create variants",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1variants/post/x-cf-rules/stored"
    },
    "createVariant.name-taken": {
      "statement": "A variant name already in use is refused.",
      "source": "Cloudflare Images docs, Create variants",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1variants/post/x-cf-rules/name-taken"
    },
    "createVariant.at-most": {
      "statement": "An account has at most 100 variants: creating one more is refused.",
      "source": "Cloudflare Images docs, Create variants",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1variants/post/x-cf-rules/at-most"
    },
    "deleteVariant.gone": {
      "statement": "After a 200 the variant is gone: getVariant and deleteVariant refuse it, listVariants leaves it out and delivery URLs with its name are refused.",
      "source": "API reference, Delete a variant",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1variants~1{variant_id}/delete/x-cf-rules/gone"
    },
    "updateVariant.applied": {
      "statement": "A 200 applies the options sent: its result and later reads show them (whether a `neverRequireSignedURLs` not sent is kept is not documented).",
      "source": "API reference, Update a variant",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v1~1variants~1{variant_id}/patch/x-cf-rules/applied"
    },
    "listImagesV2.stored-only": {
      "statement": "Lists the images the account stores; a direct upload's draft is not listed until its file arrives.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2/get/x-cf-rules/stored-only"
    },
    "listImagesV2.filters": {
      "statement": "Metadata filters select the images whose metadata matches each of them; several filters, and `creator`, are ANDed.",
      "source": "API reference, List images V2",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2/get/x-cf-rules/filters"
    },
    "listImagesV2.walk": {
      "statement": "Following `continuation_token` from the first page lists every image once; the last page has none (absent or null).",
      "source": "API reference, List images V2",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2/get/x-cf-rules/walk"
    },
    "createDirectUpload.draft": {
      "statement": "The reserved image is a draft until a file is posted to `uploadURL`: its details show `draft: true`, it is not listed, has no blob and is not delivered.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2~1direct_upload/post/x-cf-rules/draft"
    },
    "createDirectUpload.completes": {
      "statement": "Once its file is posted, the image is stored (as an upload's `stored`) under the reserved ID with the metadata, creator and requireSignedURLs the direct upload was given.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2~1direct_upload/post/x-cf-rules/completes"
    },
    "createDirectUpload.one-time": {
      "statement": "`uploadURL` takes one file: a second POST to it is refused.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2~1direct_upload/post/x-cf-rules/one-time"
    },
    "createDirectUpload.expiry": {
      "statement": "`uploadURL` refuses a file after `expiry`.",
      "source": "Cloudflare Images docs, Direct creator upload",
      "pointer": "/paths/~1accounts~1{account_id}~1images~1v2~1direct_upload/post/x-cf-rules/expiry"
    },
    "delivery.served": {
      "statement": "A stored image is served (its image bytes, a 2xx) at its delivery URL for every variant the account has; a draft, a deleted image and a deleted variant are refused.",
      "source": "Cloudflare Images docs, Serve images",
      "pointer": "/components/schemas/Image/properties/variants/x-cf-rules/served"
    },
    "delivery.signed": {
      "statement": "An image that requires signed URLs is served only with an `exp` in the future and a `sig` that is the HMAC-SHA256, with a current signing key, of the URL's path and `?exp=`; a variant with `neverRequireSignedURLs` is served unsigned.",
      "source": "Cloudflare Images docs, Serve private images",
      "pointer": "/components/schemas/Image/properties/variants/x-cf-rules/signed"
    },
    "delivery.not-the-api": {
      "statement": "Delivery and one-time upload URLs are not part of the API and document no status: serving or accepting is any 2xx, refusing any 4xx.",
      "source": "Cloudflare Images docs, Serve images; Direct creator upload",
      "pointer": "/components/schemas/Image/properties/variants/x-cf-rules/not-the-api"
    }
  },
  "openChoices": {
    "refusal-status": "A refused request gets any 4xx its operation documents (every operation documents 4XX); no page pins one status to one cause, except 401/403 for credentials and 429 for the rate limit.",
    "identifiers": "An image ID the server assigns is a UUID (ImageUuid: its digits in either case, any version); continuation tokens are opaque strings of any format the schema allows.",
    "last-page": "The last v2 page has no continuation token (absent or null); a page may still carry one that leads only to an empty last page.",
    "untyped-equality": "The pages do not say whether an untyped `eq` / `in` metadata filter compares as the metadata value's own type or as text.",
    "extra-properties": "Objects whose schemas allow additional properties may carry more than the spec lists.",
    "representation": "JSON key order, whitespace and header-name case are not significant.",
    "read-after-write": "The pages promise no read-after-write for lists and stats: a write may show there after a short delay.",
    "drafts-in-stats": "Whether a direct upload's draft counts in stats.",
    "variant-update-flag": "Whether a variant update without `neverRequireSignedURLs` keeps it or resets it.",
    "ray-header": "Whether a response carries `cf-ray`.",
    "clock-precision": "The pages do not say at what precision a signature's `exp` is compared with the server's clock: an `exp` within a second of now may be taken either way (and no client shares the server's clock closer than that)."
  },
  "rateLimit": {
    "requests": 1200,
    "windowSeconds": 300,
    "lockoutSeconds": 300,
    "source": "Cloudflare API docs, Rate limits: 1200 requests per five minutes per user; past it every request is answered 429 for five minutes, with Retry-After"
  },
  "secretPointers": [
    "/result/keys/*/value"
  ],
  "schemaMessages": {
    "AddressableImageId#/allOf/0/not": "An image ID in a request must not have a `.` or `..` segment (a URL resolves it away) or a line break (a form turns it into CRLF).",
    "CustomImageId#/allOf/1/not": "A custom ID must not be a UUID (that form is reserved for the IDs Cloudflare assigns).",
    "UploadImageForm#/not": "A custom ID cannot be combined with requireSignedURLs true.",
    "UploadImageForm#/oneOf": "The form needs exactly one of 'file' (a file part) and 'url'.",
    "DirectUploadForm#/not": "A custom ID cannot be combined with requireSignedURLs true."
  },
  "validatorRoots": {
    "uploadImage.body": "UploadImageForm",
    "updateImage.body": "UpdateImageBody",
    "createVariant.body": "CreateVariantBody",
    "updateVariant.body": "UpdateVariantBody",
    "createDirectUpload.body": "DirectUploadForm"
  }
} as const;
