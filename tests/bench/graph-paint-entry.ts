// The graph bench's page script: the actor network view's own drawing code (network-cytoscape.ts)
// and the sigma comparison (network-sigma.ts), bundled by tests/bench/graph-paint.ts with esbuild
// and put on window for the page to call.
import cytoscape from 'cytoscape';
import Sigma from 'sigma';
import { cytoscapeOptions, drawInBatches, fitPlaces, networkBatches, showNamesAfterPaint, shownNetwork, spiralPositions, FIRST_VIEW_ACTORS } from '../../renderer/src/stories/network-cytoscape';
import { sigmaGraph, sigmaSettings } from './network-sigma';

Object.assign(window, { cytoscape, Sigma, sigmaGraph, sigmaSettings, cytoscapeOptions, drawInBatches, fitPlaces, networkBatches, showNamesAfterPaint, shownNetwork, spiralPositions, FIRST_VIEW_ACTORS });
