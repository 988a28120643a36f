/**
 * Where Wix's REST API is: the origin the official SDK sends every request to, and Rollcall's API address
 * when the desk gives none. The one declaration; main's transport, the connect form and the tests take it
 * from here.
 */
export const WIX_API_ORIGIN = 'https://www.wixapis.com'
