import { benchStages } from './bench-detail';
void benchStages(Number(process.argv[2] ?? 400));
