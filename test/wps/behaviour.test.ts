import { describeHostBehaviour } from '../host/behaviour';
import { wpsWorld } from './world';

describeHostBehaviour('WPS 表格', wpsWorld);
