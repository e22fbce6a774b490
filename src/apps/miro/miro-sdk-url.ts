/**
 * Miro's Web SDK v2 script, which both pages of the Miro app load (it puts `miro` on the page).
 * The one address on another host that the app's built files may name.
 */
export const MIRO_SDK_URL = "https://miro.com/app/static/sdk/v2/miro.js";
