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
