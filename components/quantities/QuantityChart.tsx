"use client";
// The figures over time as a chart (recharts). Drawn only in the browser: server-rendered markup would
// carry style attributes, which the pages' CSP refuses; styles set from script are allowed. The chart
// is hidden from assistive technology: the table next to it holds the same figures, and the section's
// description says so.
import { useSyncExternalStore } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const subscribeNothing = () => () => {};

export type ChartPoint = { t: number; value: number; label: string };

export function QuantityChart({ points, locale }: { points: ChartPoint[]; locale: string }) {
  // False while rendering on the server (and hydrating), true in the browser.
  const mounted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale);
  const times = points.map((p) => p.t);
  const pad = 86_400_000 * 3;
  return (
    <div aria-hidden="true" className="h-72 w-full" data-testid="quantity-chart">
      {mounted && (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 12, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[Math.min(...times) - pad, Math.max(...times) + pad]}
              tickFormatter={(v: number) => date.format(new Date(v))}
              stroke="#374151"
              fontSize={12}
            />
            <YAxis
              dataKey="value"
              tickFormatter={(v: number) => number.format(v)}
              stroke="#374151"
              fontSize={12}
              width={64}
              domain={[0, (dataMax: number) => Math.ceil(dataMax * 1.1)]}
            />
            <Tooltip
              labelFormatter={(v) => date.format(new Date(Number(v)))}
              formatter={(_v, _n, item) => [(item.payload as ChartPoint).label, ""]}
              separator=""
            />
            <Line
              type="linear"
              dataKey="value"
              stroke="#1d4ed8"
              strokeWidth={2}
              dot={{ r: 5, fill: "#1d4ed8" }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
