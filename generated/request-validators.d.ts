// generated from openapi/images.yaml by `npm run generate` — do not edit
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

export type ValidatorKey =
  | "listImages.params"
  | "uploadImage.params"
  | "uploadImage.body"
  | "getImage.params"
  | "deleteImage.params"
  | "updateImage.params"
  | "updateImage.body"
  | "getImageBlob.params"
  | "listSigningKeys.params"
  | "createSigningKey.params"
  | "deleteSigningKey.params"
  | "getImageStats.params"
  | "listVariants.params"
  | "createVariant.params"
  | "createVariant.body"
  | "getVariant.params"
  | "deleteVariant.params"
  | "updateVariant.params"
  | "updateVariant.body"
  | "listImagesV2.params"
  | "createDirectUpload.params"
  | "createDirectUpload.body"
  | "schema.ImageUuid";

export declare const validators: Record<ValidatorKey, ValidateFunction>;
