// Strings of the app shell (loading and failure states). Keys are looked up as 'app.<key>'.
export const en = {
  loadingBoard: 'Opening board…',
  boardFailed: 'This board could not be opened',
  backHome: 'Back to all boards',
  notFound: 'This board is not in this browser. It may have been deleted, or it was made in another browser.',
  newerSchema: 'This board was made with a newer Beatboard (format {{found}}; this version reads up to {{supported}}). Update Beatboard to open it; nothing was changed.',
  loadingFromServer: 'Loading the board from the server…',
  loadingFromServerProgress: 'Loading board {{percent}}%',
  linkRefused: 'The server refused this link: it may have been revoked by the board owner, or it belongs to another server. Ask the owner for a new link.',
  storageFailed: 'This browser could not read the board from its storage, even after trying again. Nothing was changed or lost: the board is still stored as it was. Try again, or restart the browser if it keeps happening.',
  tryAgain: 'Try again',
};
