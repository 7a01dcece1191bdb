export async function dokmils(): Promise<void> {}
