// A tracked quantity's name in the reader's language: the curated ones have their own, the rest are
// named by their category and unit (lib/quantities/tracked.ts).
import { isCuratedKey, parseGenericKey } from "@/lib/quantities/tracked";
import { unitLabel, type TI18n } from "@/components/claims/format";

export function quantityName(key: string, { t }: Pick<TI18n, "t">): string {
  if (isCuratedKey(key)) return t(`quantities.key.${key}`);
  const generic = parseGenericKey(key);
  if (!generic) return key;
  return t("quantities.generic", { category: t(`category.${generic.category}`), unit: unitLabel(t, generic.unit) });
}
