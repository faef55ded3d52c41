import type { Page } from 'playwright-core';

/** Opens a page of the site and waits until its headline figures are drawn. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="headlines"]').waitFor({ timeout: 60_000 });
}

/** Picks a file in the upload panel, opening the panel first when it is closed. */
export async function uploadFile(page: Page, file: string): Promise<void> {
  if (!(await page.getByTestId('upload-panel').isVisible()))
    await page.click('[data-testid="open-upload"]');
  await page.getByTestId('upload-input').setInputFiles(file);
}
