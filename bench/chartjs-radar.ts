// Chart.js with only what a radar needs registered: the alternative the benchmark measures.
import { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
(window as unknown as { Chart: typeof Chart }).Chart = Chart;
