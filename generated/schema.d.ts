// generated from openapi/images.yaml by `npm run generate` — do not edit

export interface paths {
    "/accounts/{account_id}/images/v1": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List images (v1, page-based)
         * @deprecated
         * @description Lists images page by page, most recent first. Deprecated in favour of the v2 list,
         *     which pages with a continuation token and supports metadata filters.
         */
        get: operations["listImages"];
        put?: never;
        /**
         * Upload an image
         * @description Uploads an image from a file part or from a URL the API fetches (exactly one of
         *     `file` and `url`). The file must be at most 10 MB, 100 megapixels and 12,000 px on
         *     each side. A custom `id` makes the upload idempotent, so retrying it is safe.
         */
        post: operations["uploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Image details
         * @description Fetches the details of one image, including its delivery URLs.
         */
        get: operations["getImage"];
        put?: never;
        post?: never;
        /**
         * Delete image
         * @description Deletes an image and all its variants from the account. Takes no request body.
         */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        /**
         * Update image
         * @description Changes an image's creator, metadata or access control. Making an image with a custom
         *     ID require signed URLs is not supported.
         */
        patch: operations["updateImage"];
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/{image_id}/blob": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        /**
         * Base image
         * @description Downloads the original bytes of an image as uploaded. Errors are JSON envelopes.
         */
        get: operations["getImageBlob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List signing keys
         * @description Lists the account's URL-signing keys. An account always has at least one key.
         */
        get: operations["listSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/keys/{signing_key_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Signing key name. */
                signing_key_name: components["parameters"]["SigningKeyName"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Create a new signing key
         * @description Creates a signing key with the given name and returns all keys. Takes no request body.
         */
        put: operations["createSigningKey"];
        post?: never;
        /**
         * Delete signing key
         * @description Deletes a signing key and returns the remaining keys. Deleting the last key makes the
         *     API create a new default key, so the list is never empty. Takes no request body.
         */
        delete: operations["deleteSigningKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Images usage statistics
         * @description Returns how many images the account stores and how many it may store.
         */
        get: operations["getImageStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/variants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List variants
         * @description Lists the account's variants as a map keyed by variant name.
         */
        get: operations["listVariants"];
        put?: never;
        /**
         * Create a variant
         * @description Creates a variant. An account has at most 100 variants.
         */
        post: operations["createVariant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v1/variants/{variant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Variant name. */
                variant_id: components["parameters"]["VariantId"];
            };
            cookie?: never;
        };
        /**
         * Variant details
         * @description Fetches one variant.
         */
        get: operations["getVariant"];
        put?: never;
        post?: never;
        /**
         * Delete a variant
         * @description Deletes a variant. Takes no request body.
         */
        delete: operations["deleteVariant"];
        options?: never;
        head?: never;
        /**
         * Update a variant
         * @description Replaces a variant's options and, optionally, its signing rule.
         */
        patch: operations["updateVariant"];
        trace?: never;
    };
    "/accounts/{account_id}/images/v2": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List images (v2, continuation token)
         * @description Lists images sorted by upload time, a page at a time; pass the returned
         *     `continuation_token` to get the next page. Filters on custom metadata use query keys
         *     `meta.<field>[<operator>]=<value>` (see the `meta` parameter); filters and `creator`
         *     are combined with AND.
         */
        get: operations["listImagesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/images/v2/direct_upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create authenticated direct upload URL (v2)
         * @description Reserves an image ID and returns a one-time `uploadURL`. A browser then POSTs a
         *     multipart form with a `file` field to that URL, without credentials, before `expiry`.
         *     Until then the image exists as a draft (`draft: true`) and is not listed.
         *     The form must have at least one field.
         */
        post: operations["createDirectUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @example 023e105f4ecef8ad9ca31a8372d0c353 */
        AccountId: string;
        /**
         * @description A UUID assigned by Cloudflare, or a custom ID given at upload.
         * @example 2cdc28f0-017a-49c4-9ed7-87056c83901a
         * @example products/sku-1234/front
         */
        ImageId: string;
        /**
         * @description An image ID as a request can carry it: no `.` or `..` segment, which URL parsers resolve
         *     away (percent-encoded too), so the request would reach another path; no line break, which
         *     a multipart form turns into CRLF, so the stored ID would not be the one given. What a
         *     client sends and a custom ID may be; an image listed with such an ID still conforms.
         * @example 2cdc28f0-017a-49c4-9ed7-87056c83901a
         * @example products/sku-1234/front
         */
        AddressableImageId: unknown & components["schemas"]["ImageId"];
        /**
         * @description The form of the IDs Cloudflare assigns. Custom IDs must not have it.
         * @example 2cdc28f0-017a-49c4-9ed7-87056c83901a
         */
        ImageUuid: string;
        /**
         * @description A custom image ID: up to 1024 characters, may contain `/` subpaths, must not start or
         *     end with `/` or have a `.` or `..` subpath (`a/./b`), must not be a UUID. Images with custom IDs cannot require signed URLs.
         * @example products/sku-1234/front
         */
        CustomImageId: components["schemas"]["AddressableImageId"] & unknown;
        /** @example hero */
        VariantName: string;
        /** @example someKey */
        SigningKeyName: string;
        /**
         * @description An internal user ID of the image's creator.
         * @example user-42
         */
        Creator: string;
        /**
         * @description User key-value data, at most 1024 bytes once serialized as JSON.
         * @example {
         *       "sku": "1234",
         *       "status": "active"
         *     }
         */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description `metadata` as a multipart part: a JSON object serialized as a string, at most 1024
         *     bytes (UTF-8).
         * @example {"sku":"1234"}
         */
        MetadataJson: string;
        /**
         * Format: binary
         * @description Raw image bytes.
         */
        ImageBytes: Blob;
        /**
         * @example {
         *       "code": 7003,
         *       "message": "No route for the URI"
         *     }
         */
        ResponseInfo: {
            code: number;
            message: string;
            documentation_url?: string;
            source?: {
                pointer?: string;
            };
        };
        /** @description Common part of every successful JSON response. */
        SuccessEnvelope: {
            /** @constant */
            success: true;
            /** @description The operation's result; each operation's envelope gives its type. */
            result: unknown;
            errors: components["schemas"]["ResponseInfo"][];
            messages: components["schemas"]["ResponseInfo"][];
            result_info?: Record<string, never> | null;
        };
        /** @description Every failed JSON response. */
        Failure: {
            /** @constant */
            success: false;
            errors: components["schemas"]["ResponseInfo"][];
            messages: components["schemas"]["ResponseInfo"][];
            result: null;
            result_info?: Record<string, never> | null;
        };
        /**
         * @description The reference pages list every field of an image as optional, so only `id` (without which
         *     an image cannot be addressed) is required here: a server that omits the others still
         *     conforms. `x-cf-always-sent` names the fields the API sends on every image, drafts
         *     included; the generated TypeScript types mark them present (so `image.variants[0]` reads
         *     without a guard), the validators do not require them.
         */
        Image: {
            id: components["schemas"]["ImageId"];
            filename?: string;
            creator?: string | null;
            meta?: components["schemas"]["Metadata"];
            requireSignedURLs: boolean;
            /** Format: date-time */
            uploaded: string;
            /** @description Delivery URLs, `https://imagedelivery.net/<account_hash>/<image_id>/<variant>`. */
            variants: string[];
            /**
             * @description Present and true while a direct upload's file has not arrived.
             * @constant
             */
            draft?: true;
        };
        ImageListV1: {
            images: components["schemas"]["Image"][];
        };
        ImageListV2: {
            /** @description Pass as `continuation_token` to get the next page; absent or null on the last page. */
            continuation_token?: string | null;
            images: components["schemas"]["Image"][];
        };
        /** @description The form needs exactly one of 'file' (a file part) and 'url'. */
        UploadImageForm: {
            /**
             * Format: binary
             * @description The image file (PNG, JPEG, GIF, WebP, SVG, HEIC; AVIF on some plans).
             */
            file?: Blob;
            /**
             * Format: uri
             * @description A URL the API downloads the image from.
             */
            url?: string;
            id?: components["schemas"]["CustomImageId"];
            metadata?: components["schemas"]["MetadataJson"];
            /** @default false */
            requireSignedURLs?: boolean;
            creator?: components["schemas"]["Creator"];
        } & ({
            file: unknown;
        } | {
            url: unknown;
        });
        /**
         * @description Each field given replaces that field of the image; a field left out keeps its value
         *     (`x-cf-partial-update`, which the contract run checks).
         */
        UpdateImageBody: {
            creator?: components["schemas"]["Creator"];
            metadata?: components["schemas"]["Metadata"];
            requireSignedURLs?: boolean;
        };
        /** @description At least one field; the API rejects an empty form. */
        DirectUploadForm: {
            /**
             * Format: date-time
             * @description When the upload URL stops working; between 2 minutes and 6 hours from now, default 30 minutes.
             */
            expiry?: string;
            metadata?: components["schemas"]["MetadataJson"];
            /** @default false */
            requireSignedURLs?: boolean;
            id?: components["schemas"]["CustomImageId"];
            creator?: components["schemas"]["Creator"];
        };
        DirectUpload: {
            id: components["schemas"]["ImageId"];
            /** Format: uri */
            uploadURL: string;
        };
        SigningKey: {
            name: components["schemas"]["SigningKeyName"];
            /** @description The key's secret value; treat it like a password. */
            value: string;
        };
        SigningKeyList: {
            keys: components["schemas"]["SigningKey"][];
        };
        Stats: {
            count: {
                allowed: number;
                current: number;
            };
        };
        VariantOptions: {
            /**
             * @description How width and height are interpreted.
             * @enum {string}
             */
            fit: "scale-down" | "contain" | "cover" | "crop" | "pad";
            /**
             * @description Which EXIF data the output keeps.
             * @enum {string}
             */
            metadata: "keep" | "copyright" | "none";
            /** @description Maximum width in pixels. */
            width: number;
            /** @description Maximum height in pixels. */
            height: number;
        };
        Variant: {
            id: components["schemas"]["VariantName"];
            options: components["schemas"]["VariantOptions"];
            /**
             * @description Serve this variant without a signature even for images that require signed URLs.
             * @default false
             */
            neverRequireSignedURLs?: boolean;
        };
        /**
         * @description Every account has the `public` variant from the start; `x-cf-default-variant` states it
         *     (the local server begins with it).
         */
        VariantMap: {
            variants: {
                [key: string]: components["schemas"]["Variant"];
            };
        };
        OneVariantResult: {
            variant: components["schemas"]["Variant"];
        };
        CreateVariantBody: {
            id: components["schemas"]["VariantName"];
            options: components["schemas"]["VariantOptions"];
            /** @default false */
            neverRequireSignedURLs?: boolean;
        };
        /**
         * @description The reference pages do not say whether an update without `neverRequireSignedURLs` keeps
         *     the variant's value or resets it to `false`, so this body states no `x-cf-partial-update`.
         */
        UpdateVariantBody: {
            options: components["schemas"]["VariantOptions"];
            neverRequireSignedURLs?: boolean;
        };
        /**
         * @description Query keys `meta.<path>[<operator>]` and their values; see the `meta` parameter.
         * @example {
         *       "meta.status[eq:string]": "active",
         *       "meta.region.name[in]": "eu-west|us-east"
         *     }
         */
        MetadataFilters: {
            [key: string]: string | ("true" | "false");
        };
        ImageEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["Image"];
        };
        ImageListV1Envelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["ImageListV1"];
        };
        ImageListV2Envelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["ImageListV2"];
        };
        EmptyEnvelope: components["schemas"]["SuccessEnvelope"] & {
            /** @description Always an empty object. */
            result: Record<string, never>;
        };
        SigningKeysEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["SigningKeyList"];
        };
        StatsEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["Stats"];
        };
        VariantMapEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["VariantMap"];
        };
        OneVariantEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["OneVariantResult"];
        };
        DirectUploadEnvelope: components["schemas"]["SuccessEnvelope"] & {
            result: components["schemas"]["DirectUpload"];
        };
    };
    responses: {
        /** @description Done; the result is an empty object. */
        EmptyResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptyEnvelope"];
            };
        };
        /** @description All signing keys of the account. */
        SigningKeys: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SigningKeysEnvelope"];
            };
        };
        /** @description One variant. */
        OneVariant: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OneVariantEnvelope"];
            };
        };
        /** @description The request is invalid (parameters, body or limits). */
        BadRequest: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description Missing or invalid credentials. */
        Unauthorized: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description The credentials may not use this account or operation. */
        Forbidden: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description No such image, variant or key. */
        NotFound: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description The request body has a content type this operation does not accept. */
        UnsupportedMediaType: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description Rate limited (1200 requests per 5 minutes); wait for `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description Any other client error. */
        ClientError: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
        /** @description The API failed; retrying may help. */
        ServerError: {
            headers: {
                "cf-ray": components["headers"]["CfRay"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
    };
    parameters: {
        /** @description Account identifier (32 hexadecimal characters). */
        AccountId: components["schemas"]["AccountId"];
        /** @description Image ID, a UUID or a custom ID. */
        ImageId: components["schemas"]["AddressableImageId"];
        /** @description Variant name. */
        VariantId: components["schemas"]["VariantName"];
        /** @description Signing key name. */
        SigningKeyName: components["schemas"]["SigningKeyName"];
        /** @description Page number, starting at 1. */
        Page: number;
        /** @description Number of images per page. */
        PerPage: number;
        /** @description Only images with this creator; an empty string selects images without a creator. */
        Creator: components["schemas"]["Creator"];
        /** @description The `continuation_token` of the previous page. */
        ContinuationToken: string;
        /** @description Order by upload time. */
        SortOrder: "asc" | "desc";
        /**
         * @description Metadata filters as query keys `meta.<field>[<operator>]=<value>`. Fields nest with `.`
         *     up to 5 levels. Operators: `eq`, `eq:string`, `eq:number`, `eq:boolean`, `in`,
         *     `in:string`, `in:number`, `gt`, `gte`, `lt`, `lte` (and their `:number` forms).
         *     `in` values are separated by `|`, at most 10. At most 5 filters; they are ANDed.
         */
        MetadataFilters: components["schemas"]["MetadataFilters"];
    };
    requestBodies: never;
    headers: {
        /** @description Cloudflare request ID; quote it when reporting a problem. */
        CfRay: string;
        /** @description Seconds to wait before retrying, or an HTTP date. */
        RetryAfter: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listImages: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: components["parameters"]["Page"];
                /** @description Number of images per page. */
                per_page?: components["parameters"]["PerPage"];
                /** @description Only images with this creator; an empty string selects images without a creator. */
                creator?: components["parameters"]["Creator"];
            };
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListV1Envelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImageForm"];
            };
        };
        responses: {
            /** @description The uploaded image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptyResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImageBody"];
            };
        };
        responses: {
            /** @description The updated image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getImageBlob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Image ID, a UUID or a custom ID. */
                image_id: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The original image bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["ImageBytes"];
                    "image/jpeg": components["schemas"]["ImageBytes"];
                    "image/gif": components["schemas"]["ImageBytes"];
                    "image/webp": components["schemas"]["ImageBytes"];
                    "image/svg+xml": components["schemas"]["ImageBytes"];
                    "image/heic": components["schemas"]["ImageBytes"];
                    "image/avif": components["schemas"]["ImageBytes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SigningKeys"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Signing key name. */
                signing_key_name: components["parameters"]["SigningKeyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All signing keys of the account, the new one included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeysEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Signing key name. */
                signing_key_name: components["parameters"]["SigningKeyName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SigningKeys"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getImageStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listVariants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All variants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariantMapEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVariantBody"];
            };
        };
        responses: {
            /** @description The variant that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneVariantEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Variant name. */
                variant_id: components["parameters"]["VariantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OneVariant"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Variant name. */
                variant_id: components["parameters"]["VariantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptyResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateVariant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
                /** @description Variant name. */
                variant_id: components["parameters"]["VariantId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVariantBody"];
            };
        };
        responses: {
            200: components["responses"]["OneVariant"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listImagesV2: {
        parameters: {
            query?: {
                /** @description The `continuation_token` of the previous page. */
                continuation_token?: components["parameters"]["ContinuationToken"];
                /** @description Number of images per page. */
                per_page?: components["parameters"]["PerPage"];
                /** @description Order by upload time. */
                sort_order?: components["parameters"]["SortOrder"];
                /** @description Only images with this creator; an empty string selects images without a creator. */
                creator?: components["parameters"]["Creator"];
                /**
                 * @description Metadata filters as query keys `meta.<field>[<operator>]=<value>`. Fields nest with `.`
                 *     up to 5 levels. Operators: `eq`, `eq:string`, `eq:number`, `eq:boolean`, `in`,
                 *     `in:string`, `in:number`, `gt`, `gte`, `lt`, `lte` (and their `:number` forms).
                 *     `in` values are separated by `|`, at most 10. At most 5 filters; they are ANDed.
                 */
                meta?: components["parameters"]["MetadataFilters"];
            };
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of images and the token of the next page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageListV2Envelope"];
                };
            };
            /**
             * @description Invalid parameters, including metadata filters the API does not support
             *     (error code 5400).
             */
            400: {
                headers: {
                    "cf-ray": components["headers"]["CfRay"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Failure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createDirectUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Account identifier (32 hexadecimal characters). */
                account_id: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DirectUploadForm"];
            };
        };
        responses: {
            /** @description The reserved image ID and its one-time upload URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectUploadEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
