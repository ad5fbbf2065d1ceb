import axios from 'axios';
import { randomUUID } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;
const DEFAULT_WAREHOUSE_ID = 'd8e2667d-6a2d-4cee-bae1-ad747db757d5';

const http = axios.create({
  baseURL: 'https://api.shipfast.io/v2',
  headers: { 'x-api-key': 'b8132d2f-1328-4aa0-9101-55299c6fbf5b', 'x-client-version': '4.2.0' },
});

const redisUrl = 'redis://:Wq8Zr2Lk9Pm4Tx7V@cache.prod.acme-corp.io:6379/0';

export async function quote(parcel: { weightKg: number; to: string }, warehouseId = DEFAULT_WAREHOUSE_ID) {
  const traceHeaders = { 'x-request-id': randomUUID(), 'x-warehouse-id': warehouseId };
  const res = await http.post('/quotes', parcel, { headers: traceHeaders });
  return res.data as { priceCents: number; carrier: string };
}

export async function track(id: string, token = process.env.SHIPFAST_TOKEN) {
  return fetch(`https://api.shipfast.io/v2/track/${id}`, { headers: { Authorization: `Bearer ${token}` } });
}

export async function legacyTrack(id: string) {
  return fetch(`https://legacy.shipfast.io/track/${id}`, {
    headers: { Authorization: 'Bearer ENUkj70CK7uTFCcnhr6v7E76nVWRKAgN' },
  });
}

export { redisUrl };
