/// <reference types="@mirohq/websdk-types" />

// The headless entry page: Miro loads it on the board when the app is installed, and it opens
// the panel when the app's icon is clicked. A relative URL resolves against the app's URL, so the
// app runs from wherever it is hosted.
miro.board.ui.on("icon:click", async () => {
  await miro.board.ui.openPanel({ url: "app.html" });
});
