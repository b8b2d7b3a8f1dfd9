import type { NewArea } from "@/db/schema";

// The 40 demonstration areas (2017 first wave, 2019 second wave, 2021 county-level parks).
// English names follow the designation documents; Chinese names, type and resource type are our
// rendering and stay editable data once seeded (the seed never overwrites them). Their member cities
// are in area-cities.ts.
export type AreaSeed = Required<
  Pick<NewArea, "code" | "level" | "wave" | "yearDesignated" | "nameEn" | "nameZh" | "province" | "type" | "resourceType">
>;

export const AREAS: AreaSeed[] = [
  // First wave (2017)
  { code: "liaoning-central", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Central Liaoning (Shenyang-Anshan-Fushun) Industrial Transformation and Upgrading Demonstration Area", nameZh: "辽宁中部（沈阳—鞍山—抚顺）产业转型升级示范区", province: "Liaoning", type: "both", resourceType: "ferrous" },
  { code: "jilin-central", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Central Jilin (Changchun-Jilin-Songyuan) Industrial Transformation and Upgrading Demonstration Area", nameZh: "吉林中部（长春—吉林—松原）产业转型升级示范区", province: "Jilin", type: "both", resourceType: "petroleum" },
  { code: "inner-mongolia-west", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Western Inner Mongolia (Baotou-Ordos) Industrial Transformation and Upgrading Demonstration Area", nameZh: "内蒙古西部（包头—鄂尔多斯）产业转型升级示范区", province: "Inner Mongolia", type: "both", resourceType: "coal" },
  { code: "tangshan", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Tangshan Industrial Transformation and Upgrading Demonstration Area", nameZh: "河北唐山产业转型升级示范区", province: "Hebei", type: "both", resourceType: "ferrous" },
  { code: "changzhi", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Changzhi Industrial Transformation and Upgrading Demonstration Area", nameZh: "山西长治产业转型升级示范区", province: "Shanxi", type: "resource-based", resourceType: "coal" },
  { code: "zibo", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Zibo Industrial Transformation and Upgrading Demonstration Area", nameZh: "山东淄博产业转型升级示范区", province: "Shandong", type: "both", resourceType: "coal" },
  { code: "chongqing-metro", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Chongqing Metropolitan Circle Demonstration Area for Industrial Transformation and Upgrading", nameZh: "重庆都市圈产业转型升级示范区", province: "Chongqing", type: "old-industrial", resourceType: "none" },
  { code: "ningxia-northeast", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Northeast Ningxia (Shizuishan and Ningdong) Demonstration Area for Industrial Transformation and Upgrading", nameZh: "宁夏东北部（石嘴山—宁东）产业转型升级示范区", province: "Ningxia", type: "both", resourceType: "coal" },
  { code: "hunan-central", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Central Hunan (Zhuzhou, Xiangtan, Loudi) Industrial Transformation and Upgrading Demonstration Area", nameZh: "湖南中部（株洲—湘潭—娄底）产业转型升级示范区", province: "Hunan", type: "both", resourceType: "ferrous" },
  { code: "tongling", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Tongling Industrial Transformation and Upgrading Demonstration Area", nameZh: "安徽铜陵产业转型升级示范区", province: "Anhui", type: "resource-based", resourceType: "nonferrous" },
  { code: "huangshi", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Huangshi Industrial Transformation and Upgrading Demonstration Area", nameZh: "湖北黄石产业转型升级示范区", province: "Hubei", type: "both", resourceType: "nonferrous" },
  { code: "zigong", level: "city", wave: "1", yearDesignated: 2017, nameEn: "Zigong Industrial Transformation and Upgrading Demonstration Area", nameZh: "四川自贡产业转型升级示范区", province: "Sichuan", type: "old-industrial", resourceType: "other" },

  // Second wave (2019)
  { code: "beijing-west", level: "city", wave: "2", yearDesignated: 2019, nameEn: "West Beijing Industrial Transformation and Upgrading Demonstration Area", nameZh: "京西产业转型升级示范区", province: "Beijing", type: "both", resourceType: "coal" },
  { code: "dalian", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Dalian Industrial Transformation and Upgrading Demonstration Area", nameZh: "辽宁大连产业转型升级示范区", province: "Liaoning", type: "old-industrial", resourceType: "none" },
  { code: "daqing", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Daqing Industrial Transformation and Upgrading Demonstration Area", nameZh: "黑龙江大庆产业转型升级示范区", province: "Heilongjiang", type: "resource-based", resourceType: "petroleum" },
  { code: "xuzhou", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Xuzhou Industrial Transformation and Upgrading Demonstration Area", nameZh: "江苏徐州产业转型升级示范区", province: "Jiangsu", type: "both", resourceType: "coal" },
  { code: "pingxiang", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Jiangxi Pingxiang Industrial Transformation and Upgrading Demonstration Area", nameZh: "江西萍乡产业转型升级示范区", province: "Jiangxi", type: "resource-based", resourceType: "coal" },
  { code: "henan-west", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Western Henan (Luoyang and Pingdingshan) Demonstration Area for Industrial Transformation and Upgrading", nameZh: "河南西部（洛阳—平顶山）产业转型升级示范区", province: "Henan", type: "both", resourceType: "coal" },
  { code: "shaoguan", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Guangdong Shaoguan Industrial Transformation and Upgrading Demonstration Area", nameZh: "广东韶关产业转型升级示范区", province: "Guangdong", type: "both", resourceType: "nonferrous" },
  { code: "liupanshui", level: "city", wave: "2", yearDesignated: 2019, nameEn: "Liupanshui Industrial Transformation and Upgrading Demonstration Area", nameZh: "贵州六盘水产业转型升级示范区", province: "Guizhou", type: "resource-based", resourceType: "coal" },

  // County-level parks (2021)
  { code: "zhengding-hitech", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Zhengding High-tech Industrial Development Zone", nameZh: "正定高新技术产业开发区", province: "Hebei", type: "old-industrial", resourceType: "none" },
  { code: "qingxu-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Qingxu Economic Development Zone", nameZh: "清徐经济开发区", province: "Shanxi", type: "resource-based", resourceType: "coal" },
  { code: "heishan-panghe-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Heishan Panghe Economic Development Zone", nameZh: "黑山庞河经济开发区", province: "Liaoning", type: "old-industrial", resourceType: "none" },
  { code: "hunchun-border-ecz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Hunchun Border Economic Cooperation Zone", nameZh: "珲春边境经济合作区", province: "Jilin", type: "old-industrial", resourceType: "none" },
  { code: "shuyang-etdz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Shuyang Economic and Technological Development Zone", nameZh: "沭阳经济技术开发区", province: "Jiangsu", type: "old-industrial", resourceType: "none" },
  { code: "changxing-etdz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Changxing Economic and Technological Development Zone", nameZh: "长兴经济技术开发区", province: "Zhejiang", type: "old-industrial", resourceType: "none" },
  { code: "ninghai-etdz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Ninghai Economic and Technological Development Zone", nameZh: "宁海经济技术开发区", province: "Zhejiang", type: "old-industrial", resourceType: "none" },
  { code: "tianchang-hitech", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Tianchang (Chuzhou) High-tech Industrial Development Area", nameZh: "天长高新技术产业开发区", province: "Anhui", type: "old-industrial", resourceType: "none" },
  { code: "fuqing-jiangyin", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Fuqing Jiangyin Harbor City Economic Area", nameZh: "福清江阴港城经济区", province: "Fujian", type: "old-industrial", resourceType: "none" },
  { code: "xiaolan-etdz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Nanchang Xiaolan Economic and Technological Development Area", nameZh: "南昌小蓝经济技术开发区", province: "Jiangxi", type: "old-industrial", resourceType: "none" },
  { code: "yuncheng-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Yuncheng Economic Development Zone", nameZh: "郓城经济开发区", province: "Shandong", type: "old-industrial", resourceType: "none" },
  { code: "lankao-cluster", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Lankao County Industrial Cluster", nameZh: "兰考县产业集聚区", province: "Henan", type: "old-industrial", resourceType: "none" },
  { code: "xiantao-hitech", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Xiantao High-tech Industrial Development Zone", nameZh: "仙桃高新技术产业开发区", province: "Hubei", type: "old-industrial", resourceType: "none" },
  { code: "liuyang-etdz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Liuyang Economic and Technological Development Zone", nameZh: "浏阳经济技术开发区", province: "Hunan", type: "old-industrial", resourceType: "none" },
  { code: "dongyuan-relocation-park", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Dongyuan County Industrial Relocation Industrial Park", nameZh: "东源县产业转移工业园", province: "Guangdong", type: "old-industrial", resourceType: "none" },
  { code: "dianjiang-park", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Dianjiang Industrial Park", nameZh: "垫江工业园区", province: "Chongqing", type: "old-industrial", resourceType: "none" },
  { code: "daying-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Daying Economic Development Zone", nameZh: "大英经济开发区", province: "Sichuan", type: "old-industrial", resourceType: "none" },
  { code: "qingzhen-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Qingzhen Economic Development Zone", nameZh: "清镇经济开发区", province: "Guizhou", type: "resource-based", resourceType: "coal" },
  { code: "tengchong-edz", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Tengchong Economic Development Zone", nameZh: "腾冲经济开发区", province: "Yunnan", type: "old-industrial", resourceType: "none" },
  { code: "sanyuan-hitech", level: "county", wave: "park", yearDesignated: 2021, nameEn: "Sanyuan High-tech Industrial Development Zone", nameZh: "三原高新技术产业开发区", province: "Shaanxi", type: "old-industrial", resourceType: "none" },
];
