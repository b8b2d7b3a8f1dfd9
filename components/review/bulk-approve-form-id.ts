/** The id of the bulk-approval form, which the queue's boxes name (form="…") from outside it. */
export const BULK_APPROVE_FORM = "bulk-approve-form";
