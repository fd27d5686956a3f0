import { useTranslations } from "next-intl";

/** A plain link: the browser downloads what the route handler serves (the file name comes from it). */
export function DownloadCsvLink({ href, testId }: { href: string; testId?: string }) {
  const t = useTranslations("export");
  return (
    <a className="button" href={href} download data-testid={testId} rel="nofollow">
      {t("csv")}
    </a>
  );
}
