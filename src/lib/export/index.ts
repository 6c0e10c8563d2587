// The exports' public surface: the scenario as CSV and as a JSON file (pure), the charts as
// SVG and PNG, and the download step (browser only).
export {
	BOM,
	CSV_COLUMNS,
	csvCell,
	csvText,
	gridCsv,
	readCsv,
	scenarioCsv,
	scenarioRows
} from './csv';
export type { CsvColumn, CsvRow, ScenarioCsvInput } from './csv';
export {
	MAX_SCENARIO_FILE_BYTES,
	parseScenarioFile,
	readScenarioFile,
	SCENARIO_FILE_FORMAT,
	SCENARIO_FILE_VERSION,
	scenarioFileText
} from './scenarioFile';
export type { ScenarioFile, ScenarioFileProblem, ScenarioFileResult } from './scenarioFile';
export { chartFigure, chartPngBlob, chartSvgText, svgPngBlob } from './chartImage';
export { figureSvg, type ChartMarkup, type FigureLayout, type FigureText } from './figure';
export { downloadBlob, downloadText } from './download';
