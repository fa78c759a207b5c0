/** Name of the event a dialog sends to report its classification to the service's adapter. */
export const CLASSIFICATION_EVENT = 'aan-tafel.classification';
