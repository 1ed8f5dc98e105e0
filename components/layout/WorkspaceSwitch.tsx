"use client";
// Shown only to members of several workspaces. A select plus a button, so arrowing through the
// options never switches by accident.
import { useTransition, type SubmitEvent } from "react";
import { usePathname, useRouter } from "next/navigation";
import { callApi } from "@/lib/http/client";
import { routes } from "@/lib/routes";
import { useI18n } from "@/components/ui/I18nProvider";
import { useToast } from "@/components/ui/Toast";
import { Button } from "@/components/ui/Button";
import { Select } from "@/components/ui/Field";

export function WorkspaceSwitch({
  current,
  workspaces,
}: {
  current: string;
  workspaces: { slug: string; name: string }[];
}) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname() ?? "/claims";
  const toast = useToast();
  const [pending, startTransition] = useTransition();

  function onSubmit(e: SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const picked = new FormData(e.currentTarget).get("workspace");
    const slug = typeof picked === "string" ? picked : "";
    if (!slug || slug === current) return;
    startTransition(async () => {
      const res = await callApi<{ workspace: string }>(routes.api.preferences(), "POST", { workspace: slug });
      if (!res.ok) {
        toast("error", res.error.message || t("auth.preferences.failed"));
        return;
      }
      // Records and filters of the old workspace mean nothing in the new one: go to the section's list.
      const section = pathname.startsWith("/articles") ? "/articles" : "/claims";
      if (pathname === section && !window.location.search) router.refresh();
      else router.push(section);
    });
  }

  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <label htmlFor="workspace-switch" className="text-sm text-gray-700">
        {t("workspace.label")}
      </label>
      <Select id="workspace-switch" name="workspace" defaultValue={current} key={current} className="max-w-48 py-1.5">
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" busy={pending} className="py-1.5">
        {t("auth.workspace.switch")}
      </Button>
    </form>
  );
}
