// The main-thread module `page`: the worker can't touch the DOM, so Python calls
// these handlers, which run here on the page's main thread. Elements are passed by
// CSS selector; clicks are pushed to Python as events (read with receive()).
export const page = ({ pushEvent }) => ({
  set_text(selector, text) {
    document.querySelector(selector).textContent = text;
  },
  on_click(selector, message) {
    document.querySelector(selector).addEventListener('click', () => pushEvent(message));
  },
});
