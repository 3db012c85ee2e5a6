/* global document */
// Waits for the pane's finite CSS transitions and animations (a Fluent dialog fading in or out) to end, so a
// screenshot shows what the worker sees once the screen is still, not a half-transparent dialog. Spinners and
// other infinite animations are left running; the wait gives up after two seconds.
export async function settleAnimations(page) {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
}
