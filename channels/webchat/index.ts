/** Web chat channel: a Direct Line 3.0 compatible endpoint for Bot Framework Web Chat, and its page. */
export { createDirectLineRouter, DIRECT_LINE_PATH, MAX_TEXT_LENGTH, MAX_BODY } from './directline.js';
export type { DirectLineDeps, DirectLineServer } from './directline.js';
export { createWebChatSender, streamChannel } from './sender.js';
export type { StreamNotification } from './sender.js';
export { createWebChatPageRouter, renderPage, webChatBundlePath } from './page.js';
export type { WebChatPageDeps } from './page.js';
export { toDirectLineActivity, toActivitySet, BOT_ID, DEFAULT_BOT_NAME } from './activities.js';
export type { ActivitySet, DirectLineContext } from './activities.js';
