package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amity-graph/amity/internal/kg"
	"github.com/amity-graph/amity/internal/load"
	"github.com/amity-graph/amity/internal/store"
	"github.com/amity-graph/amity/internal/write"
)

// floor is the least an article's measurement may fall to: what was measured after
// the fixes of the session that saw the article (testdata/README.md), against the
// annotations under the convention for titles and surnames.
type floor struct {
	linkRecall, linkPrecision, newRecall, newPrecision, relPrecision, relRecall float64
}

var floors = map[string]floor{
	"connector-2013-05":             {1, 1, 1, 0.92, 0.75, 0.6},
	"connector-2013-10":             {1, 1, 0.85, 0.87, 1, 0},
	"dc-brasilia-2013":              {1, 1, 1, 1, 1, 0.75},
	"sister-cities-conference-2011": {1, 1, 1, 1, 1, 0.12},
	"dc-ankara-2011":                {1, 1, 1, 1, 0.75, 1},
	"hachigian-richmond-2022":       {1, 1, 1, 0.93, 0.71, 0.83},
	"palu-gorontalo-2014":           {1, 1, 0.83, 1, 0.85, 0.75},
	// the second held-out set, after the fixes of round 2
	"dc-rome-2011":          {1, 1, 1, 1, 1, 0.75},
	"kennedy-kumamoto-2016": {1, 1, 1, 1, 0.6, 1},
	"roos-prefectures-2012": {1, 1, 0.75, 1, 1, 1},
	// its last four, after the fixes of round 3
	"donovan-north-kalimantan-2018": {1, 1, 0.9, 1, 0.75, 0.75},
	"governors-forum-beijing-2011":  {1, 1, 1, 1, 1, 0.66},
	"governors-forum-beijing-2013":  {1, 1, 1, 1, 1, 0.6},
	"macgregor-kwazulu-natal-2014":  {1, 1, 0.66, 1, 1, 0.42},
	// the third held-out set, after the fixes of round 4
	"baucus-shanxi-2015":           {1, 1, 0.75, 1, 0.75, 0.33},
	"field-china-2018":             {1, 1, 1, 1, 1, 0.07},
	"roos-hiroshima-nagasaki-2012": {1, 1, 1, 0.92, 0.25, 0.08},
	"roos-kyushu-2012":             {1, 1, 0.85, 1, 0.4, 0.2},
	"wuhan-consulate-2015":         {1, 1, 0.9, 0.95, 1, 0.2},
	// the fourth held-out set, first measured unseen (testdata/README.md), raised after
	// the fixes of round 5
	"bond-mexico-2016":             {1, 1, 1, 1, 0.66, 0.2},
	"chongqing-consulate-2015":     {1, 1, 1, 1, 1, 0},
	"harris-busan-2018":            {0.75, 1, 1, 0.66, 1, 0},
	"north-gyeongsang-busan-2021":  {0.66, 1, 1, 0.8, 1, 0.25},
	"nuland-fernandez-brazil-2022": {0.75, 1, 1, 1, 1, 0.16},
	// the fifth held-out set, as first measured unseen (after round 5), raised after the
	// linking rules of round 6a and the proposals' rules of round 6b
	"browne-delhi-kolkata-2011":      {0.9, 1, 1, 1, 0.5, 0.33},
	"hagerty-kansai-2017":            {1, 1, 1, 1, 1, 0.66},
	"lippert-busan-changwon-2016":    {1, 1, 1, 1, 0.66, 0.5},
	"mayors-baltimore-2011":          {1, 1, 1, 1, 1, 0.5},
	"vietnam-consular-outreach-2015": {1, 1, 1, 1, 1, 0},
	// the sixth held-out set, as first measured unseen (after round 6), raised after
	// rounds 7a and 7b
	"degnan-batumi-2020":           {1, 1, 1, 1, 0, 0},
	"jacobson-oaxaca-2017":         {1, 1, 0.77, 1, 1, 0.7},
	"olson-peshawar-2014":          {1, 1, 0.5, 1, 1, 0.37},
	"specht-southeast-turkey-2016": {1, 1, 0.85, 1, 0, 0},
	"trade-winds-mexico-2016":      {1, 1, 0.66, 1, 1, 0.14},
	// the seventh held-out set, as first measured unseen (after round 6), raised after
	// rounds 7a and 7b
	"brown-ashburton-christchurch-2017": {1, 1, 1, 1, 0.4, 0.25},
	"gainer-perth-2021":                 {1, 1, 0.8, 1, 1, 0},
	"haymond-phuket-2018":               {0.87, 1, 1, 1, 1, 0},
	"johnson-tokyo-2017":                {1, 1, 0.87, 1, 1, 0.1},
	"mcfeeters-sabah-2021":              {1, 1, 1, 1, 0.66, 0.4},
	// the eighth held-out set, as first measured unseen (after round 7), raised after
	// rounds 8a and 8b
	"brewster-santiago-2014":     {0.94, 1, 1, 1, 0.22, 0.16},
	"hachigian-munich-2023":      {1, 1, 1, 0.88, 1, 0},
	"sdu-state-magazine-2023":    {0.89, 1, 0.95, 1, 1, 0.22},
	"sdu-two-years-2024":         {1, 1, 1, 1, 1, 0},
	"tromso-presence-post-2023":  {1, 1, 1, 0.8, 1, 0.16},
	"vancouver-border-tour-2015": {0.9, 1, 0.75, 1, 1, 0},
	// the ninth held-out set, as first measured unseen (after round 8), raised after
	// rounds 9a and 9b
	"dodd-nuremberg-2008":            {1, 1, 0.81, 1, 1, 0.4},
	"hamburg-consulate-2007":         {1, 1, 0.75, 1, 0.25, 0.16},
	"shenyang-independence-day-2016": {1, 1, 0.83, 1, 1, 0},
	"shenyang-july-4th-2017":         {1, 1, 0.9, 1, 1, 0},
	"ulleungdo-busan-2017":           {1, 1, 0.75, 1, 1, 0.42},
	// the tenth held-out set, as first measured unseen (after round 9), raised after
	// rounds 10a and 10b
	"ahmad-cairo-2023":      {1, 1, 1, 1, 1, 0.66},
	"benghazi-2017":         {1, 1, 1, 1, 1, 0.5},
	"docherty-yerevan-2023": {1, 1, 1, 1, 1, 0.33},
	"erbil-consulate-2011":  {1, 1, 0.94, 0.93, 1, 0},
	"green-arusha-2007":     {1, 1, 0.9, 1, 0.66, 0.66},
	// the eleventh held-out set, as first measured unseen (after round 10), raised after
	// rounds 11a and 11b
	"johnson-latin-america-2018":          {1, 1, 1, 0.88, 0.33, 0.16},
	"mccain-guatemala-honduras-2022":      {0.9, 0.9, 1, 0.92, 0, 0},
	"rubio-caribbean-2025":                {1, 1, 1, 1, 1, 0.16},
	"stanley-buenos-aires-province-2022":  {1, 1, 1, 1, 1, 0.25},
	"truss-mexico-city-2021":              {1, 1, 0.75, 0.8, 1, 0},
	"valenzuela-asuncion-montevideo-2010": {1, 1, 1, 1, 1, 0},
	// the twelfth held-out set, as first measured unseen (after round 10), raised after
	// rounds 11a and 11b
	"buangan-ulaanbaatar-2022":        {0.93, 1, 1, 0.8, 1, 0},
	"field-tokyo-osaka-2018":          {0.92, 1, 0.83, 1, 0.66, 0.2},
	"hague-hong-kong-brisbane-2011":   {1, 1, 1, 1, 1, 0},
	"hague-korea-mongolia-japan-2013": {1, 1, 1, 1, 1, 0.2},
	"sherman-ulaanbaatar-2021":        {0.87, 1, 1, 1, 0.66, 0.5},
	// the thirteenth held-out set, as first measured unseen (after round 11), raised after
	// rounds 12a and 12b
	"clinton-nairobi-2012":       {1, 1, 0.5, 0.66, 0.33, 0.14},
	"duddridge-ghana-2016":       {1, 1, 0.5, 1, 1, 0.08},
	"kerry-colombo-nairobi-2015": {0.95, 0.95, 1, 1, 1, 0.22},
	"lu-central-asia-2022":       {1, 1, 0.8, 1, 1, 0},
	"reeker-milan-ohrid-2021":    {0.9, 1, 0.66, 0.75, 1, 0.09},
	// the fourteenth held-out set, as first measured unseen (after round 11), raised after
	// rounds 12a and 12b
	"hale-tripoli-2014":       {1, 1, 0.83, 1, 1, 0.5},
	"nides-haifa-2022":        {1, 1, 0.75, 0.87, 1, 1},
	"ricciardone-ankara-2012": {1, 1, 1, 1, 1, 0},
	"wooster-irbid-2021":      {0.96, 0.92, 1, 0.8, 0.5, 0.4},
	"wooster-zarqa-2021":      {1, 1, 1, 1, 0, 0},
	// the fifteenth held-out set, as first measured unseen (after round 12), raised after
	// rounds 13a and 13b
	"chung-jaffna-2022":       {1, 1, 1, 1, 0.5, 0.66},
	"gujarat-2012":            {1, 1, 1, 1, 0.66, 1},
	"hammond-chandigarh-2015": {0.77, 1, 1, 1, 1, 0},
	"larson-odisha-2022":      {1, 1, 1, 1, 1, 0.4},
	"miller-sylhet-2019":      {0.95, 0.95, 0.75, 1, 0.8, 0.44},
	// the sixteenth held-out set, as first measured unseen (after round 12), raised after
	// rounds 13a and 13b
	"busan-consulate-2016":   {1, 1, 1, 1, 1, 0.25},
	"chengdu-consulate-2016": {0.92, 1, 1, 1, 1, 0},
	"hawaii-fukuoka-2017":    {0.92, 1, 1, 1, 1, 0.5},
	"jiangsu-outreach-2016":  {0.91, 0.96, 0.62, 1, 0.4, 0.5},
	"nagoya-consulate-2005":  {0.84, 1, 0.86, 0.76, 1, 0},
	// the seventeenth held-out set, as first measured unseen (after round 13), raised
	// after rounds 14a and 14b
	"johnson-northern-ireland-2017": {0.9, 1, 0.87, 1, 1, 0},
	"johnson-scotland-2017":         {1, 1, 1, 1, 1, 0},
	"patterson-hamburg-2012":        {1, 1, 0.76, 1, 0, 0},
	"sands-nuuk-2020":               {1, 1, 1, 1, 1, 0},
	"sherman-porto-2017":            {1, 1, 0.91, 1, 1, 0},
	// the eighteenth held-out set, as first measured unseen (after round 13), raised
	// after rounds 14a and 14b
	"campbell-gambella-semera-2022":   {1, 1, 0.94, 1, 0, 0},
	"leonard-sokoto-kebbi-2021":       {0.94, 1, 1, 1, 0, 0},
	"massinga-mekelle-bahir-dar-2023": {0.94, 1, 1, 1, 1, 0.66},
	"massinga-semera-2023":            {1, 1, 1, 1, 0.75, 0.6},
	"pasi-bahir-dar-2021":             {0.95, 1, 1, 1, 1, 0.83},
	// the nineteenth held-out set, as first measured unseen (after round 14)
	"blake-ambon-2015":         {1, 1, 0.75, 1, 1, 0},
	"blake-south-sumatra-2016": {1, 1, 0.83, 1, 1, 0},
	"donovan-semarang-2018":    {0.95, 1, 0.77, 1, 1, 0},
	"heidt-siem-reap-2017":     {1, 1, 1, 1, 1, 0},
	"mcfeeters-sarawak-2021":   {1, 1, 1, 1, 0.8, 0.66},
	// the twentieth held-out set, as first measured unseen (after round 14)
	"kavalec-cluj-napoca-2023": {0.92, 1, 0.88, 1, 0.16, 0.14},
	"kavalec-iasi-2023":        {1, 1, 0.92, 1, 0.66, 0.26},
	"kelly-zugdidi-2016":       {1, 1, 1, 1, 0.5, 0.4},
	"tracy-lori-tavush-2021":   {1, 1, 0.66, 1, 1, 0},
	"tracy-syunik-2021":        {1, 1, 1, 1, 0.85, 0.4},
	// the twenty-first held-out set, as first measured unseen (after round 15)
	"ambassadors-kunming-2016":  {1, 1, 1, 1, 0.25, 0.2},
	"fairhead-xian-2018":        {1, 1, 1, 0.77, 0.75, 1},
	"kunming-british-week-2014": {1, 0.93, 0.83, 0.75, 1, 0},
	"malik-papua-2017":          {1, 0.88, 1, 0.87, 1, 0.14},
	"rutley-midwest-2023":       {1, 1, 1, 1, 1, 0},
	// the twenty-second held-out set, as first measured unseen (after round 15)
	"cohen-alexandria-damietta-2021": {1, 1, 0.71, 1, 0, 0},
	"lamora-southwest-region-2025":   {1, 1, 1, 0.92, 0.5, 0.3},
	"malac-southeast-liberia-2013":   {1, 1, 0.81, 0.92, 0, 0},
	"mushingi-fada-ngourma-2014":     {1, 1, 1, 1, 0.66, 0.33},
	"mushingi-ouahigouya-2014":       {0.84, 1, 0.85, 1, 0.6, 0.6},
	// the twenty-third held-out set, as first measured unseen (after round 16)
	"campbell-pacific-islands-2011": {0.9, 1, 0.76, 1, 1, 0.05},
	"mamet-salta-2015":              {0.83, 0.83, 1, 1, 0.66, 0.5},
	"power-lima-2024":               {1, 1, 0.9, 1, 1, 0.5},
	"rice-medellin-2008":            {1, 1, 1, 0.5, 1, 0},
	"russel-pohnpei-2016":           {1, 1, 0.71, 0.92, 1, 0},
	"tonga-embassy-2023":            {1, 1, 1, 1, 1, 0.09},
	// the twenty-fourth held-out set, as first measured unseen (after round 16)
	"arreaga-reykjanesbaer-2011":        {1, 1, 1, 1, 1, 0},
	"dusseldorf-mayors-washington-2018": {1, 1, 0.77, 0.9, 1, 0},
	"levine-cantons-2016":               {0.71, 0.71, 0.33, 1, 1, 0},
	"martinez-milan-2017":               {0.57, 1, 1, 0.5, 0, 0},
	"papp-finland-2015":                 {0.88, 1, 0.9, 0.81, 0.2, 0.12},
	// the twenty-fifth held-out set, as first measured unseen (after round 16)
	"battle-zanzibar-2023":           {1, 1, 0.69, 1, 1, 0},
	"berry-gobabis-2023":             {1, 1, 0.88, 1, 0.66, 0.33},
	"browning-kitgum-soroti-2007":    {1, 1, 0.72, 1, 0.5, 0.11},
	"codel-maputo-vilankulo-2022":    {1, 1, 0.75, 1, 0.28, 0.18},
	"schultz-southern-province-2015": {1, 1, 1, 1, 1, 0.75},
	// the twenty-sixth held-out set, as first measured unseen (after round 16)
	"heyman-toronto-usa-day-2015": {1, 1, 0.85, 1, 1, 0.16},
	"mckinney-toronto-2019":       {1, 1, 0.93, 1, 1, 0.66},
	"pyatt-thessaloniki-2016":     {1, 1, 1, 1, 1, 0},
	"schieffer-melbourne-2004":    {1, 1, 1, 0.9, 1, 0},
	// the twenty-seventh held-out set, as first measured unseen (after round 17)
	"aponte-peace-accords-2017":    {1, 1, 1, 1, 1, 0},
	"arreaga-xela-2017":            {0.9, 1, 1, 0, 1, 0},
	"belize-delegation":            {1, 1, 1, 1, 0, 0},
	"johnson-la-union-san-vicente": {0.77, 0.93, 1, 0.81, 0.4, 0.33},
	"kubiske-san-pedro-sula":       {1, 1, 1, 1, 1, 0},
	// the twenty-eighth held-out set, as first measured unseen (after round 17)
	"hankey-dhahran-2014":      {1, 1, 1, 1, 1, 0.6},
	"hoagland-aktau-2009":      {0.94, 1, 1, 1, 1, 0},
	"jones-basrah-2015":        {1, 1, 1, 1, 1, 0.8},
	"lu-bishkek-dushanbe-2023": {0.95, 1, 1, 1, 0, 0},
	"sievers-muscat-2017":      {1, 1, 1, 1, 1, 0},
	// The twenty-ninth to thirty-first sets, measured once, unseen, after round 18.
	"emanuel-yokosuka-2022":                {1, 1, 0.8, 1, 1, 0.5},
	"hagerty-himeji-nagasaki":              {0.91, 1, 1, 1, 1, 0.33},
	"hagerty-sapporo-2019":                 {0.8, 1, 1, 1, 0.5, 0.25},
	"hevia-expocruz-2023":                  {1, 1, 0.6, 0.88, 1, 0},
	"kennedy-nagasaki-kunchi-2016":         {1, 0.9, 0.83, 1, 0.33, 0.2},
	"mandojana-santa-cruz-2023":            {1, 1, 1, 1, 1, 0},
	"nichols-montevideo-santiago-2022":     {1, 1, 1, 1, 1, 0},
	"pressman-baranya-2023":                {1, 1, 0.81, 1, 0.66, 0.22},
	"pressman-szeged-2023":                 {1, 1, 0.7, 1, 0.66, 0.4},
	"roos-nakaima-2011":                    {1, 1, 1, 1, 0.6, 0.75},
	"salazar-ciudad-juarez":                {1, 1, 0.8, 1, 0.75, 1},
	"silverstein-salto-paysandu-2004":      {0.5, 1, 0.92, 1, 0.4, 0.28},
	"sterling-kosice-banska-bystrica-2016": {1, 1, 0.9, 1, 1, 0},
	"sterling-thirty-towns-2016":           {1, 1, 1, 1, 1, 0},
	// The thirty-second and thirty-third sets, measured once, unseen, after round 19.
	"baucus-yunnan-2015":          {1, 1, 1, 1, 0.4, 0.5},
	"booth-dire-dawa-harar-2010":  {1, 1, 0.76, 1, 1, 0.5},
	"davis-ba-korhogo-2023":       {1, 1, 0.88, 1, 1, 0},
	"goldberg-zamboanga-2014":     {0.9, 0.9, 1, 1, 0.71, 0.41},
	"lenhardt-songea-kigoma-2012": {0.92, 1, 0.93, 1, 0, 0},
	"mushingi-saint-louis-2019":   {1, 1, 0.22, 1, 1, 0},
	"osius-danang-2015":           {0.8, 1, 1, 1, 1, 0},
	"thomas-zamboanga-2013":       {0.91, 1, 1, 0.81, 1, 0},
	"wuhan-consulate-2008":        {0.88, 0.95, 1, 1, 1, 0.16},
	// The thirty-fourth and thirty-fifth sets, measured once, unseen, after round 20.
	"biswal-kathmandu-2016":         {1, 1, 1, 1, 1, 0.25},
	"christchurch-fourth-2011":      {1, 1, 1, 1, 1, 0},
	"eastern-province-schools-2015": {0, 1, 1, 1, 1, 0},
	"esna-2021":                     {1, 1, 1, 1, 0.75, 0.5},
	"green-dhaka-2018":              {1, 1, 1, 1, 0, 0},
	"jones-luxor-esna-2023":         {0.94, 1, 1, 1, 1, 0},
	"perth-consulate-2022":          {1, 1, 1, 1, 0, 0},
	"powell-gandhinagar-2014":       {1, 1, 1, 1, 0.2, 0.2},
	"shapiro-sderot-2012":           {0.83, 1, 0.75, 1, 1, 0},
	"sison-kandy-2014":              {1, 1, 1, 1, 1, 0.4},
	"sison-rajagala-2014":           {1, 1, 1, 1, 1, 0},
	"sison-womens-day-colombo-2014": {0, 1, 1, 1, 1, 0},
	// The thirty-sixth to forty-first sets, measured once, unseen, after round 21.
	"belo-horizonte-2019":                {1, 1, 0.8, 1, 1, 0},
	"berry-erongo-2023":                  {1, 1, 0.85, 1, 0.37, 0.33},
	"bhalla-penang-2023":                 {1, 1, 0.5, 1, 1, 0.66},
	"blake-tjong-a-fie-medan-2015":       {1, 1, 1, 0.9, 1, 0},
	"brown-montenegro-2011":              {1, 1, 1, 0.62, 0, 0},
	"cella-western-division-2020":        {0.94, 1, 0.25, 1, 1, 0.2},
	"degnan-guria-2020":                  {1, 1, 0.75, 1, 1, 0.25},
	"degnan-khulo-2022":                  {1, 1, 1, 1, 0.5, 0.33},
	"degnan-tsalenjikha-2022":            {0, 1, 1, 0, 1, 0},
	"eisenberg-palermo-2018":             {0.94, 0.94, 0.85, 1, 0.62, 0.38},
	"fitzpatrick-acypl-timor-leste-2018": {0.94, 1, 0.87, 0.93, 1, 0},
	"gdynia-business-week-2009":          {1, 1, 0.84, 0.94, 0.8, 0.17},
	"godec-chiang-mai-lamphun-2023":      {0.94, 0.94, 0.77, 1, 0.12, 0.12},
	"heyman-st-johns-2015":               {0.9, 1, 1, 1, 1, 0},
	"heyman-vancouver-2014":              {0.5, 1, 0.73, 0.84, 0, 0},
	"jacobson-calgary-2011":              {1, 1, 0.42, 1, 1, 0},
	"jones-shakawe-2020":                 {1, 1, 0.8, 0.93, 0.4, 0.33},
	"kosnett-prizren-2018":               {1, 1, 0.58, 0.9, 1, 0},
	"lamora-bamenda-2024":                {1, 1, 1, 1, 0.11, 0.12},
	"mamet-mar-del-plata-2015":           {1, 1, 0.57, 0.66, 0.71, 0.45},
	"myitkyina-reception-2019":           {1, 1, 0.5, 1, 1, 0},
	"pyatt-kharkiv-2016":                 {1, 1, 1, 0.6, 0, 0},
	"pyatt-odesa-2015":                   {1, 0.93, 0, 1, 0, 0},
	"recife-consulate-2015":              {1, 1, 0.66, 1, 0, 0},
	"reynoso-galicia-2022":               {1, 1, 0.62, 0.85, 0.66, 0.25},
	"stevens-western-cape-2021":          {1, 1, 0.66, 0.66, 1, 0},
	"sullivan-ashanti-2019":              {0.93, 1, 0.81, 1, 0.75, 0.37},
	"telles-limon-2023":                  {0.8, 0.75, 0.6, 0.75, 0.5, 0.2},
	"urs-peru-2017":                      {0.66, 1, 1, 1, 1, 0},
	"wheeler-fiji-2019":                  {1, 1, 0.7, 1, 1, 0.33},
	// The forty-second to forty-fifth sets, measured once, unseen, after round 22.
	"bachus-pilsen-2021":                {1, 1, 0.75, 1, 1, 1},
	"eikenberry-helmand-2010":           {0.82, 1, 0.92, 0.92, 0.83, 0.83},
	"eisen-pilsen-2013":                 {1, 1, 1, 1, 1, 0},
	"feltman-basra-2011":                {0.75, 0.85, 0.66, 1, 1, 0},
	"governors-forum-briefing-2011":     {1, 1, 1, 1, 1, 0.25},
	"governors-forum-mou-briefing-2011": {1, 1, 1, 1, 1, 0.66},
	"governors-forum-salt-lake-2011":    {1, 1, 0.9, 1, 1, 0.36},
	"gutman-belgium-tour-2013":          {1, 1, 0, 0, 1, 0},
	"hoekstra-friesland-2019":           {0.78, 0.84, 0.42, 1, 1, 0.4},
	"jones-dohuk-2015":                  {0.85, 0.89, 0.88, 0.93, 1, 0.66},
	"lammy-vientiane-2024":              {0.81, 1, 0.83, 1, 0, 0},
	"llorens-herat-2017":                {1, 1, 1, 1, 0.77, 0.77},
	"may-moon-brussels-2018":            {1, 1, 1, 1, 1, 0.4},
	"milling-seoul-2022":                {0.9, 1, 0.75, 1, 0.5, 0.16},
	"naha-consulate-2022":               {1, 1, 1, 1, 1, 1},
	"pompeo-switzerland-2019":           {1, 1, 1, 1, 0.6, 0.33},
	"subnational-cooperation-2011":      {1, 1, 1, 1, 1, 1},
	"swire-xian-2014":                   {0.89, 1, 0.75, 0.92, 0.75, 0.37},
	"tueller-erbil-2020":                {1, 1, 0.88, 1, 0.33, 0.2},
	"whittingham-quetzaltenango-2024":   {0.77, 1, 1, 0.83, 1, 0.71},
	// The forty-sixth to fiftieth sets, measured once, unseen, after round 23.
	"arreaga-hofn-2011":                {1, 1, 0.66, 1, 1, 0},
	"arreaga-huehuetenango-2017":       {0.5, 0.57, 0.56, 0.8, 0.33, 0.16},
	"arreaga-selfoss-2013":             {1, 1, 1, 0.5, 1, 0},
	"arreaga-west-fjords-2011":         {1, 1, 0.6, 1, 1, 0},
	"brewster-santo-domingo-2017":      {0.86, 1, 1, 1, 1, 0},
	"charles-siargao-2022":             {1, 1, 0.94, 0.93, 0.75, 0.37},
	"dogu-credentials-nicaragua-2015":  {1, 1, 1, 1, 1, 0},
	"fore-hanoi-2008":                  {1, 0.88, 1, 1, 0.5, 0.33},
	"fore-sichuan-2008":                {1, 1, 0.72, 0.82, 0.25, 0.28},
	"gilmour-zio-2018":                 {1, 1, 0.5, 1, 1, 0},
	"guilarte-guatemala-2022":          {0.83, 0.83, 1, 1, 0.66, 0.28},
	"hammer-eastern-drc-2019":          {0.95, 0.86, 0.8, 1, 1, 0.33},
	"hunt-bo-2023":                     {0.88, 0.88, 0.87, 1, 0.5, 0.16},
	"kim-houston-2012":                 {0.91, 1, 0.72, 1, 0, 0},
	"kim-incheon-2012":                 {0.86, 1, 0.66, 0.66, 1, 0},
	"kim-jeju-2012":                    {0.61, 1, 0.66, 1, 1, 0.33},
	"konick-madalena-2016":             {0.25, 0.33, 0.66, 1, 1, 0.25},
	"lippert-jeju-2015":                {0.6, 1, 1, 1, 0, 0},
	"lippert-tongyeong-2017":           {1, 1, 0.81, 0.9, 0.66, 0.33},
	"reddick-agadez-ingall-2014":       {0.72, 0.88, 0.66, 1, 0, 0},
	"sastry-tagbilaran-2016":           {1, 1, 1, 1, 0.6, 0.5},
	"shah-quiche-2011":                 {0.8, 1, 0.84, 0.91, 0.33, 0.14},
	"shannon-brownfield-honduras-2015": {0.84, 1, 0.45, 1, 0.4, 0.2},
	"shukan-kandi-2023":                {0.84, 1, 1, 0.85, 1, 0.44},
	// The fifty-first and fifty-second sets, measured once, unseen, after round 24.
	"campbell-port-moresby-2011":     {0.9, 1, 0.81, 1, 0, 0},
	"clinton-port-moresby-2010":      {0.81, 1, 1, 0.5, 1, 0},
	"dogu-choluteca-2023":            {1, 1, 0.66, 0.83, 0, 0},
	"huntsman-russian-far-east-2017": {0.95, 1, 0.66, 0.66, 0, 0},
	"huntsman-yekaterinburg-2017":    {1, 1, 1, 1, 1, 0.66},
	"johnson-bishkek-2014":           {1, 1, 0.75, 0.84, 0.66, 0.25},
	"porto-alegre-consulate-2019":    {0.95, 1, 1, 1, 1, 0},
	"power-port-moresby-suva-2023":   {1, 1, 1, 0.94, 1, 0.12},
	"tefft-yekaterinburg-2015":       {0.91, 0.91, 0.57, 1, 0.66, 0.33},
	"vladivostok-consulate-2021":     {1, 1, 1, 1, 1, 1},
	"tallinn-kentmanni-2012":         {1, 1, 1, 1, 1, 0},
	// The fifty-third to fifty-eighth sets, measured once, unseen, after round 25.
	"ayalde-recife-2015":           {1, 0.93, 0.41, 1, 1, 0},
	"baldwin-accra-2018":           {1, 0.92, 0.72, 0.75, 0.16, 0.1},
	"barzani-london-2014":          {1, 1, 1, 0.91, 1, 0.4},
	"benyon-costa-rica-2024":       {1, 1, 0.88, 1, 1, 0.18},
	"blake-surabaya-2016":          {0.85, 1, 0.55, 1, 0, 0},
	"chiang-mai-consulate-2013":    {0.93, 1, 0.92, 1, 1, 0},
	"chiang-mai-then-now-2020":     {0.93, 1, 0.92, 1, 1, 0},
	"degnan-gori-2020":             {0.91, 1, 1, 0.77, 1, 0.66},
	"degnan-kakheti-2023":          {1, 1, 1, 1, 1, 0},
	"degnan-tbilisi-2020":          {1, 1, 1, 1, 0, 0},
	"escobar-ciudad-juarez-2024":   {1, 1, 1, 1, 0, 0},
	"green-east-africa-2019":       {1, 1, 0.85, 0.85, 1, 0.22},
	"green-igu-2019":               {0.91, 1, 0.88, 0.88, 0.75, 0.5},
	"harris-chernihiv-2023":        {0.83, 0.71, 0.8, 1, 1, 0.5},
	"huso-vientiane-2008":          {1, 1, 0.66, 0.85, 1, 0.66},
	"kakamega-usaid-mou-2020":      {1, 1, 1, 1, 1, 0},
	"keshap-eastern-province-2017": {1, 1, 0.8, 1, 0.6, 0.37},
	"makaneole-attock-2023":        {0.88, 1, 0.5, 0.77, 0.33, 0.16},
	"makueni-usaid-mou-2020":       {0.81, 1, 1, 0.9, 1, 0.14},
	"marles-sheffield-2024":        {1, 1, 1, 0.38, 1, 0},
	"nakuru-usaid-mou-2020":        {1, 1, 1, 1, 1, 0},
	"pratt-mohenjo-daro-2017":      {1, 0.87, 0.9, 0.71, 0.71, 0.38},
	"pyatt-khmelnytskyi-2016":      {0.9, 0.9, 0.33, 1, 0, 0},
	"sdu-one-year-2023":            {1, 1, 1, 0.8, 1, 0},
	"shelton-larkana-2017":         {0.95, 1, 0.87, 0.77, 1, 0.4},
	"silberstein-alytus-2014":      {0.9, 0.9, 0.76, 0.92, 1, 0.6},
	"silverstein-florida-2004":     {0.85, 1, 0.83, 1, 0.33, 0.25},
	"silverstein-maldonado-2004":   {0.75, 0.84, 0.81, 0.9, 0.66, 0.85},
	"silverstein-mercedes-2005":    {0.94, 1, 0.85, 0.92, 0.33, 0.15},
	// The fifty-ninth to sixty-third sets, measured once, unseen, after round 26.
	"albanese-hanoi-2023":                    {0.93, 1, 1, 0.66, 0, 0},
	"albanese-shanghai-2023":                 {1, 1, 1, 1, 1, 0},
	"bluebook-local-governments-2015":        {1, 0.91, 0, 1, 1, 1},
	"boucher-new-delhi-2006":                 {1, 1, 1, 1, 1, 0},
	"clark-sister-cities-wellington-2006":    {0.9, 1, 0.66, 0.8, 1, 0.16},
	"diplomatic-corps-tohoku-2011":           {1, 1, 0.83, 1, 1, 0},
	"eu-ambassadors-nagasaki-2023":           {1, 1, 1, 1, 1, 0.33},
	"fine-uruzgan-2005":                      {1, 1, 0.81, 1, 1, 0.11},
	"fletcher-sichuan-chongqing-2023":        {0.57, 1, 1, 0.77, 0.33, 0.27},
	"flor-okinawa-2020":                      {1, 1, 1, 0.92, 0.81, 0.75},
	"fukushima-reception-2022":               {0.9, 1, 0.66, 1, 1, 0},
	"global-cities-forum-wellington-2022":    {1, 1, 0.77, 1, 1, 0},
	"gordon-guizhou-2014":                    {0.75, 1, 0.6, 1, 1, 0.28},
	"hakala-karakalpakstan-2022":             {1, 0.91, 0.78, 0.94, 0.81, 0.4},
	"hayashi-miyagi-2022":                    {0.92, 1, 0.66, 0.83, 0.4, 0.4},
	"hristea-mongolia-2019":                  {1, 1, 0.9, 0.9, 1, 0.33},
	"kawamata-cosquin-2025":                  {0.88, 1, 0.5, 0.66, 0, 0},
	"khalilzad-jalalabad-2004":               {1, 1, 1, 1, 0.5, 0.12},
	"khalilzad-kandahar-2004":                {1, 1, 0.85, 1, 0, 0},
	"li-xi-guangdong-new-zealand-2018":       {0.92, 1, 0.58, 0.87, 0.33, 0.12},
	"liu-yandong-wellington-auckland-2012":   {0.85, 1, 1, 0.8, 1, 0.06},
	"paquet-kumamoto-2024":                   {0.85, 0.85, 0.9, 0.9, 0, 0},
	"sister-cities-convention-blenheim-2002": {1, 1, 0.85, 1, 0, 0},
	"williams-jayapura-2024":                 {0.87, 1, 0.92, 0.85, 0.66, 0.54},
	// The sixty-fourth to sixty-eighth sets, measured once, unseen, after round 27.
	"ambassadors-imabari-2016":                 {0.87, 0.93, 0.5, 1, 1, 0},
	"anderton-sister-cities-new-plymouth-2001": {1, 1, 1, 1, 1, 0.33},
	"anderton-sister-cities-waitangi-2005":     {1, 1, 0.77, 1, 1, 0},
	"barroso-riga-2013":                        {1, 1, 1, 1, 1, 1},
	"bishop-lae-2014":                          {0.95, 1, 0.87, 1, 1, 0},
	"bishop-lae-consulate-2017":                {1, 1, 0.84, 1, 1, 0},
	"bishop-madang-2017":                       {0.92, 1, 0.77, 1, 1, 0},
	"bishop-makassar-2016":                     {0.91, 1, 0.4, 1, 1, 0},
	"bishop-surabaya-2018":                     {1, 1, 0.75, 1, 1, 0},
	"castillo-fernandez-johor-2017":            {1, 0.66, 0.66, 1, 0, 0},
	"diplomatic-corps-fukuoka-iki-2016":        {0.9, 1, 0.85, 0.77, 1, 0},
	"diplomatic-corps-gunma-2017":              {1, 1, 1, 1, 1, 0},
	"fore-ayacucho-2008":                       {1, 1, 1, 0.87, 1, 0},
	"graber-pilsen-2008":                       {1, 1, 1, 0.62, 1, 0.33},
	"hahn-outermost-regions-2012":              {1, 1, 0.85, 0.66, 0, 0},
	"hess-southern-africa-2007":                {1, 0.9, 0.8, 0.92, 0.33, 0.16},
	"mahuta-fiji-2022":                         {1, 1, 1, 1, 1, 0},
	"mission-samoa-tonga-niue-2014":            {0.96, 1, 0, 1, 1, 0},
	"regional-seminar-chichibu-2019":           {0.9, 0.9, 0.8, 1, 1, 0},
	"regional-seminar-hokkaido-tohoku-2009":    {1, 1, 1, 1, 1, 0},
	"rokas-kuala-lumpur-2020":                  {1, 1, 0.6, 1, 1, 0},
	"withers-korca-2008":                       {1, 1, 0.83, 1, 1, 1},
	"wong-emperor-birthday-auckland-2008":      {1, 1, 0.5, 0.75, 1, 0},
	// The sixty-ninth to seventy-second sets, measured once, unseen, after round 28.
	"bishop-beijing-chengdu-2014":        {0.86, 1, 0.8, 1, 0.5, 0.2},
	"cameron-paraguay-2024":              {1, 1, 1, 1, 1, 0.14},
	"clinton-jakarta-2009":               {0.92, 1, 1, 1, 1, 0},
	"diplomatic-corps-chiba-2014":        {1, 1, 0.85, 0.85, 1, 0},
	"diplomatic-corps-fukushima-2013":    {1, 1, 0.71, 0.83, 1, 0},
	"diplomatic-corps-fukushima-2023":    {1, 0.9, 0.77, 0.88, 1, 0},
	"diplomatic-corps-niigata-2022":      {1, 1, 0.77, 0.87, 1, 0},
	"diplomatic-corps-tochigi-2016":      {1, 0.95, 0.71, 1, 1, 0},
	"farewell-chengdu-2020":              {1, 1, 0.75, 1, 1, 1},
	"goldie-penang-2023":                 {0.9, 1, 0.66, 0.5, 0.5, 0.33},
	"heads-of-mission-canberra-2019":     {1, 1, 1, 1, 1, 0},
	"high-commissioner-marlborough-2024": {1, 1, 0.66, 1, 1, 0},
	"michalak-quy-nhon-2010":             {0.86, 0.92, 0.75, 0.75, 1, 0},
	"minto-kuala-lumpur-2024":            {1, 1, 0.9, 1, 0.71, 0.31},
	"nsw-guangdong-2014":                 {1, 1, 1, 1, 1, 0.12},
	"radio-northern-mali-2005":           {1, 1, 0.72, 0.81, 1, 0},
	"roos-okinawa-2010":                  {0.92, 1, 1, 1, 0.83, 0.71},
	"trevelyan-dili-2024":                {0.96, 1, 1, 0.87, 1, 0.12},
	// The seventy-third to seventy-eighth sets, measured once, unseen, after round 29.
	"blake-medan-independence-2015":               {1, 1, 1, 1, 1, 0},
	"brown-rwenzori-2021":                         {1, 1, 0.91, 0.91, 1, 0.25},
	"browning-gulu-2007":                          {0.92, 1, 1, 0.9, 0, 0},
	"drakeford-tokyo-2019":                        {1, 1, 0.83, 1, 1, 0},
	"elliott-konibodom-2014":                      {1, 1, 0.85, 0.5, 0, 0},
	"evans-kitakyushu-2025":                       {1, 1, 1, 1, 0, 0},
	"fore-budongo-2008":                           {0.84, 0.91, 0.91, 1, 1, 0.2},
	"goff-trade-delegation-china-2006":            {0.82, 0.95, 0.8, 0.93, 0.66, 0.15},
	"gold-coast-chengdu-2019":                     {0.88, 0.94, 0.8, 0.66, 1, 0.2},
	"henick-namangan-2023":                        {1, 1, 1, 1, 0, 0},
	"hyslop-tokyo-nagasaki-2017":                  {1, 1, 1, 1, 1, 0},
	"hyslop-yokohama-seoul-2018":                  {1, 1, 0.6, 0.75, 1, 0},
	"jones-chongqing-2011":                        {0.85, 1, 0.6, 1, 1, 0},
	"korea-embassy-message-seoul-2017":            {0.87, 1, 0.85, 1, 1, 0},
	"lanier-agoro-2009":                           {0.83, 0.9, 0.25, 0.75, 1, 0.4},
	"leipzig-greiz-2015":                          {1, 0.93, 0.57, 1, 0.5, 0.4},
	"lewis-beijing-chongqing-2013":                {1, 0.92, 0.83, 1, 0, 0},
	"mahuta-calls-cook-islands-niue-tokelau-2020": {0.95, 1, 0.87, 0.8, 0, 0},
	"makassar-consulate-2016":                     {0.93, 0.93, 0.6, 0.75, 1, 0},
	"monterrey-pavilion-2017":                     {1, 1, 1, 1, 1, 0},
	"montreal-consulate-2015":                     {0.63, 0.92, 0.55, 0.66, 0, 0},
	"mustard-dashoguz-2017":                       {1, 1, 0.75, 1, 0, 0},
	"nz-china-council-reception-2019":             {1, 1, 1, 1, 0, 0},
	"ordway-almaty-2019":                          {1, 1, 0.4, 1, 0, 0},
	"ordway-taldykorgan-2018":                     {0.83, 0.83, 1, 1, 1, 1},
	"quebec-consulate-2016":                       {0.66, 0.76, 0.64, 0.84, 0.33, 0.33},
	"robinson-cebu-2019":                          {0.9, 1, 1, 1, 1, 0},
	"shenyang-chancery-2020":                      {0.78, 0.93, 0.7, 1, 1, 0.5},
	"shenyang-consulate-opening-2019":             {1, 1, 1, 1, 1, 0},
	"smythe-vanuatu-2001":                         {0.9, 1, 0.73, 0.94, 1, 0},
	"stephens-kolkata-2017":                       {1, 1, 0.81, 1, 0.28, 0.5},
	"surabaya-consulate-2017":                     {0.95, 1, 0.77, 0.9, 1, 0},
	"toko-jena-2021":                              {1, 0.88, 0.83, 1, 0, 0},
	"whangarei-diplomatic-corps-2018":             {1, 1, 0.75, 0.75, 1, 0},
	"yamate-tolagnaro-2018":                       {0.72, 1, 0.75, 0.6, 1, 0},
	// The seventy-ninth to ninetieth sets, measured once, unseen, after round 30.
	"abisko-fulbright-workshop":             {1, 1, 0.42, 1, 1, 0.25},
	"baghdad-council-washington-2011":       {0.75, 1, 1, 1, 1, 0},
	"basrah-consulate-opening-2011":         {0.87, 0.93, 1, 1, 1, 0},
	"baucus-nanchang-wuhan-2016":            {0.88, 0.94, 0.5, 1, 1, 0},
	"birkle-kavadarci-2018":                 {0.62, 0.83, 1, 1, 0.5, 0.16},
	"blome-gwadar-2023":                     {1, 1, 0.8, 0.8, 0.66, 0.33},
	"blome-muzaffarabad-2022":               {0.85, 1, 1, 0.33, 0.6, 0.5},
	"bluebook-prefecture-receptions-2019":   {1, 0.87, 0, 1, 1, 1},
	"bluebook-regional-promotion-2014":      {1, 1, 0.33, 1, 1, 1},
	"bluebook-regional-revitalization-2016": {1, 1, 0, 0, 1, 1},
	"browne-recife-2011":                    {0.93, 1, 0.8, 1, 1, 0.25},
	"cekuta-gam-gam-2015":                   {0.6, 1, 0.66, 0.61, 1, 0},
	"chaguanas-liaison":                     {0, 1, 0.88, 0.88, 0, 0},
	"davies-eastern-province-2014":          {1, 0.92, 0.66, 0.8, 1, 0.66},
	"dayton-muthanna-2017":                  {0.66, 1, 0.62, 1, 0, 0},
	"elliott-isfara-2015":                   {1, 0.9, 0.8, 1, 0, 0},
	"elliott-qurghonteppa-2013":             {1, 1, 0.85, 0.85, 0, 0},
	"elliott-vahdat-2014":                   {1, 1, 0.71, 0.83, 0.5, 0.14},
	"fitrell-nzerekore-2022":                {0.94, 0.9, 0.83, 0.9, 1, 0.2},
	"g7-hiroshima-reception-2016":           {0.8, 1, 0.75, 1, 0.4, 0.4},
	"graziano-seoul-2021":                   {0.83, 1, 0.9, 1, 0.5, 0.37},
	"guayaquil-consulate-history":           {0.8, 0.94, 0.77, 0.77, 1, 0},
	"guerend-indonesia-2019":                {1, 1, 0.83, 1, 1, 0},
	"haas-rajshahi-2022":                    {1, 1, 0.92, 0.92, 0, 0},
	"hague-espinosa-2011":                   {1, 1, 0.83, 1, 1, 0},
	"hague-manaus-2014":                     {1, 1, 0.72, 1, 1, 0.16},
	"hague-osborne-mumbai-2014":             {1, 1, 0.44, 1, 1, 0.37},
	"harris-misrata-2020":                   {0.77, 1, 1, 1, 1, 0},
	"iraqi-local-officials-2004":            {0.95, 0.95, 1, 1, 1, 0},
	"ivlp-cities-global-lens-2019":          {1, 1, 1, 1, 0, 0},
	"jaishankar-belfast-manchester-2025":    {1, 1, 1, 1, 1, 0.2},
	"kaur-khulna-2023":                      {0.88, 1, 0.93, 0.93, 0.5, 0.33},
	"kerry-stockholm-kiruna-2013":           {1, 1, 1, 1, 0.5, 0.11},
	"kingston-mission-2022":                 {1, 1, 0.88, 0.88, 1, 0},
	"kritenbrink-hai-phong-2018":            {0.94, 1, 1, 0.87, 0.75, 0.33},
	"kritenbrink-hanoi-gala-2020":           {1, 0.9, 0.94, 0.94, 1, 0},
	"kritenbrink-ho-chi-minh-city-2019":     {1, 1, 0.75, 1, 0.5, 0.11},
	"kritenbrink-vinh-2019":                 {0.88, 0.93, 1, 1, 1, 0.16},
	"lidington-cai-qi-2018":                 {0.87, 0.93, 1, 1, 0.6, 0.5},
	"lynch-bartica-2019":                    {1, 1, 0.83, 1, 0.5, 0.5},
	"lynch-region-two-guyana":               {1, 1, 0.87, 1, 0, 0},
	"maybury-bong-nimba-2021":               {1, 1, 0.91, 1, 1, 0},
	"mcdonald-gafurov-2012":                 {0.71, 1, 0.81, 0.92, 1, 0.28},
	"merida-consulate-2020":                 {0.88, 0.88, 0.66, 0.62, 1, 0},
	"mongolia-year-review-2012":             {0.94, 0.94, 0.75, 0.6, 1, 0.12},
	"moore-turkey-coast-2014":               {0.94, 1, 0.66, 0.66, 1, 0},
	"mushingi-bobo-dioulasso-2016":          {0.8, 1, 0.84, 1, 1, 0.07},
	"palmer-kumasi-2022":                    {1, 1, 0.75, 0.75, 0.4, 0.28},
	"polt-mladenovac-2005":                  {1, 1, 0.87, 1, 0.5, 0.25},
	"polt-voru-2010":                        {1, 1, 1, 1, 0.33, 0.33},
	"regional-seminar-results-2019":         {0.94, 0.88, 0.75, 0.85, 1, 0},
	"s4d-mayors-ivlp-2022":                  {0.96, 1, 0.33, 0.66, 1, 0},
	"stevens-edo-2024":                      {0.92, 0.8, 0.86, 1, 0.33, 0.11},
	"sylhet-tiger-shark-2019":               {0.85, 0.9, 0.8, 0.92, 0.14, 0.12},
	"turner-istanbul-2012":                  {1, 1, 0.63, 0.77, 1, 0},
	"wells-mafraq-2014":                     {0.9, 1, 1, 0.5, 1, 0.66},
	"woodward-chengdu-2015":                 {1, 1, 0.88, 0.8, 0.5, 0.57},
	// The ninety-first to ninety-sixth sets, measured once, unseen, after round 31.
	"brazier-auki-2017":                {1, 1, 0.75, 1, 1, 0},
	"brazier-gizo-2017":                {1, 1, 0.81, 1, 1, 0.27},
	"brazil-embassy-osaka-2000":        {0.77, 0.87, 0.88, 0.72, 1, 0},
	"busan-consulate-district-2016":    {0.94, 1, 1, 0.5, 1, 0},
	"duddridge-abuja-lagos-2021":       {0.9, 1, 1, 1, 0.87, 0.41},
	"glass-viseu-lisbon-2017":          {1, 0.8, 0.66, 1, 1, 0},
	"goff-latin-america-2002":          {1, 1, 0.66, 1, 1, 0.16},
	"guangzhou-consulate-2018":         {0.89, 1, 1, 1, 1, 0},
	"hamburg-soccer-hiphop-2012":       {0.83, 0.83, 1, 0.53, 1, 0},
	"hartley-marseille-2015":           {1, 1, 0, 1, 1, 1},
	"honiara-desk-2016":                {0.75, 1, 0, 0, 1, 1},
	"independence-day-italy-2017":      {0.78, 1, 0.75, 1, 1, 0},
	"johnson-muscat-riyadh-2018":       {0.95, 1, 0.66, 0.8, 1, 0.28},
	"kennedy-burgenland-2022":          {0.92, 0.92, 0.66, 1, 1, 0.25},
	"kono-fellow-new-zealand-2004":     {0.92, 0.86, 0.94, 1, 1, 0.14},
	"kraaimoore-neuquen":               {1, 1, 0.66, 1, 0.5, 0.33},
	"krach-sao-paulo-brasilia-2020":    {1, 1, 0.5, 1, 1, 0},
	"kyushu-yamaguchi-2013":            {1, 1, 1, 1, 1, 0},
	"lotu-iiga-china-2016":             {1, 1, 1, 0.72, 1, 0},
	"luxon-korea-2024":                 {1, 1, 1, 0.66, 0, 0},
	"malaita-desk-2014":                {1, 1, 0.61, 1, 1, 0},
	"mamet-tandil":                     {1, 1, 1, 1, 1, 0.5},
	"nagoya-consulate-1920":            {1, 1, 0.6, 1, 1, 0},
	"osaka-kobe-consulate-2021":        {0.92, 0.92, 1, 0.76, 1, 0},
	"rutley-araucania-2023":            {0.92, 1, 0.66, 0.4, 1, 0},
	"schapiro-czech-universities-2014": {1, 1, 0.8, 1, 1, 0.11},
	"stanley-tierra-del-fuego-2023":    {1, 1, 1, 1, 0.66, 0.66},
	"uiha-haapai-2022":                 {0.8, 1, 0.34, 1, 1, 0.16},
	"wharton-kaduna-lagos-2016":        {1, 1, 0.6, 1, 1, 0},
	// the ninety-seventh to hundred-and-seventeenth sets, measured once, unseen, after round 32
	"aguirre-mejia-2002":                     {0.89, 1, 0, 0.9, 0.66, 0.4},
	"american-corner-padang":                 {1, 0.91, 0.5, 0.5, 1, 0},
	"armbruster-ebeye":                       {0.75, 1, 0.42, 1, 0, 0},
	"bernstein-las-terrenas":                 {1, 1, 0.9, 1, 0.66, 0.66},
	"biden-klychko-kyiv-2016":                {0.88, 1, 1, 0.6, 0.66, 0.66},
	"birmingham-ottawa-washington-2018":      {0.94, 1, 1, 0.81, 1, 0},
	"bishop-kavieng-2018":                    {0.8, 1, 0.37, 0.4, 1, 0},
	"burns-beijing-2011":                     {0.7, 1, 0.92, 0.68, 0.7, 0.36},
	"clinton-paris-ulaanbaatar-2012":         {0.96, 0.96, 0.71, 0.8, 0.66, 0.12},
	"cloud-maun-2022":                        {1, 1, 0.33, 0.33, 0.5, 1},
	"coafr-zanzibar-2022":                    {1, 0.72, 0.7, 0.86, 0.66, 0.16},
	"coble-chuuk":                            {0.87, 1, 0.62, 1, 0, 0},
	"connector-2013-12":                      {1, 1, 0.75, 0.5, 0, 0},
	"degnan-kutaisi-2022":                    {1, 1, 0.5, 1, 1, 0},
	"degnan-telavi-2022":                     {1, 1, 1, 1, 1, 0},
	"dongducheon-new-year-2026":              {0.77, 0.87, 0.62, 1, 1, 0.2},
	"donovan-manado-2019":                    {1, 1, 0.81, 1, 0.5, 0.15},
	"dover-iwanuma-2018":                     {0.78, 1, 0.83, 0.55, 0, 0},
	"duncan-belgrade-2018":                   {1, 1, 0.87, 0.87, 0.5, 0.2},
	"emanuel-hiroshima-nagasaki-mayors-2022": {1, 0.84, 0.27, 1, 1, 0},
	"embassy-vilnius-anniversary-2016":       {0.93, 0.96, 0.25, 0.75, 0, 0},
	"fagin-aden-2022":                        {1, 1, 0.4, 0.8, 1, 0.6},
	"fagin-seiyun-2022":                      {0.66, 1, 1, 0.72, 0, 0},
	"fitzpatrick-maubisse-school":            {1, 1, 0.24, 1, 1, 0},
	"foote-luapula-2019":                     {0.87, 1, 0.88, 1, 0.5, 0.5},
	"ford-zambia-2022":                       {1, 1, 0.63, 1, 1, 0.16},
	"furnish-auki":                           {1, 1, 0.66, 1, 0.25, 0.09},
	"gorely-cavite-2018":                     {1, 0.92, 0.88, 0.8, 1, 0},
	"green-castries-2019":                    {0.88, 1, 1, 0.71, 0, 0},
	"gunning-morden":                         {1, 0.8, 0.84, 1, 0.66, 0.14},
	"higgins-auckland":                       {0.76, 0.92, 0.72, 1, 1, 0},
	"hill-nagoya-osaka-kobe-2020":            {1, 1, 0.87, 1, 0.4, 0.5},
	"hyde-chicago-2015":                      {1, 1, 0.95, 1, 0, 0},
	"ita-new-york-2024":                      {0.8, 1, 0.61, 0.94, 1, 0},
	"jacobson-halifax-2011":                  {0.9, 1, 0.83, 1, 1, 0.28},
	"jacobson-saskatchewan-2009":             {1, 1, 0.69, 1, 1, 0.07},
	"javid-kolkata-2014":                     {1, 1, 1, 0.87, 0.57, 0.4},
	"johnson-santa-ana-2020":                 {0.87, 1, 1, 0.75, 1, 0.25},
	"jones-brittany-2018":                    {1, 1, 0.75, 1, 1, 0},
	"jones-washington-montreal-2018":         {0.95, 1, 0.64, 0.76, 0, 0},
	"juarez-consulate-2023":                  {1, 1, 1, 1, 1, 0.5},
	"karakol-american-corner-2022":           {1, 0.85, 1, 0, 1, 0},
	"karas-morogoro-2017":                    {0.88, 0.88, 1, 1, 1, 0.66},
	"kennedy-tohoku-2013":                    {1, 1, 0.72, 0.88, 0.75, 0.42},
	"kerry-nairobi-sokoto-2016":              {0.88, 1, 0.6, 0.5, 0.66, 0.12},
	"kerry-vientiane-2016":                   {1, 1, 0.88, 0.9, 0.85, 0.66},
	"keshap-male-addu":                       {0.92, 1, 1, 1, 1, 0},
	"klimow-mary-2023":                       {1, 1, 1, 1, 1, 0},
	"lambrinidis-enlargement-2019":           {1, 1, 1, 1, 0, 0},
	"lewis-india-2011":                       {0.94, 1, 1, 0.87, 1, 1},
	"lippert-daegu-2015":                     {0.88, 1, 0.66, 0.66, 1, 0.33},
	"makaneole-itu-lahore-2022":              {0.93, 1, 1, 0.54, 0, 0},
	"malac-karamoja-2017":                    {1, 0.84, 0.63, 0.89, 0.5, 0.33},
	"manes-nejapa-2018":                      {1, 1, 0.73, 0.68, 0.25, 0.2},
	"mcconnell-cotabato-2024":                {0.72, 1, 0.87, 0.77, 0.8, 0.25},
	"melania-trump-cairo-2018":               {1, 1, 0.91, 1, 0.33, 0.12},
	"michelle-obama-mexico-city-2010":        {1, 1, 1, 0.33, 1, 0},
	"miles-kerala-mumbai-2025":               {0.94, 0.89, 0.66, 0.8, 0, 0},
	"millar-surabaya-2018":                   {1, 1, 1, 0.87, 0.66, 0.57},
	"misawa-mayors-room-2025":                {0.9, 0.83, 1, 1, 1, 0.2},
	"mitchell-dodoma-2024":                   {1, 1, 0.33, 1, 1, 0},
	"morgan-flanders-brussels-2020":          {0.92, 1, 0.66, 1, 0, 0},
	"negroponte-monterrey-mexico-city-2007":  {0.62, 1, 1, 0.5, 1, 0},
	"palladino-erbil-2021":                   {1, 1, 1, 1, 0.33, 0.14},
	"payne-jakarta-2021":                     {1, 0.95, 0.83, 1, 1, 0},
	"polt-narva-2010":                        {1, 1, 1, 1, 1, 0},
	"prince-of-wales-hidalgo-2014":           {1, 1, 0.14, 1, 1, 0},
	"putin-harbin-2024":                      {0.75, 0.95, 0.85, 0.66, 1, 0.14},
	"putin-primorye-2017":                    {0.81, 1, 0.9, 1, 1, 0.25},
	"putin-savonlinna-2018":                  {1, 1, 1, 1, 1, 0},
	"rankin-north-central-2014":              {0.8, 0.94, 1, 0.33, 0.5, 0.1},
	"reed-luxor-2022":                        {1, 0.92, 0.72, 0.88, 1, 0.5},
	"rigas-chiang-mai-2026":                  {1, 0.9, 0.8, 1, 1, 0.16},
	"rutley-ontario-alberta-2024":            {1, 1, 0.81, 0.9, 1, 0.25},
	"seongnam-k16-mou-2023":                  {1, 1, 0.33, 1, 1, 0.2},
	"serrano-royal-holloway-2024":            {1, 1, 0.63, 1, 0.66, 0.5},
	"serrano-wales-2023":                     {0.94, 0.94, 0.68, 1, 0.4, 0.25},
	"sison-jacmel-2018":                      {1, 0.93, 1, 1, 1, 0},
	"smith-doha-national-day-2017":           {1, 0.89, 0.57, 1, 1, 0},
	"srgia-frameworks-2012":                  {1, 0.75, 1, 0.87, 1, 0},
	"sturgeon-reykjavik-2017":                {1, 1, 0.83, 1, 1, 0.14},
	"tefft-ivano-frankivsk":                  {0.92, 0.92, 1, 1, 1, 0},
	"turner-peshawar-2020":                   {1, 0.88, 0.8, 0.9, 1, 0.18},
	"udall-savaii":                           {1, 1, 0.66, 0.85, 1, 0.14},
	"vasquez-peru-2004":                      {1, 1, 1, 1, 0.4, 0.4},
	"walther-los-angeles-2008":               {0.72, 1, 0.9, 1, 1, 0.16},
	"wharton-mutare-2013":                    {1, 1, 1, 1, 1, 0},
	"wigan-wajir-2024":                       {0.95, 1, 0.88, 0.72, 0.83, 0.62},
	"wong-port-moresby-2024":                 {1, 1, 0.62, 1, 1, 0},
	"yongsan-gu-kafc-2012":                   {1, 0.93, 0.78, 0.93, 0, 0},
	// the hundred-and-eighteenth to hundred-and-twenty-fourth sets, measured once after round 33
	"buchan-bogota-cucuta":              {0.61, 1, 0.8, 0.5, 0.33, 0.12},
	"nichols-santiago-2022":             {1, 1, 1, 1, 1, 0.66},
	"nuland-asuncion-2021":              {1, 1, 1, 1, 0.66, 0.12},
	"kenna-peru-2023":                   {1, 1, 0.87, 0.87, 0, 0},
	"white-cali-2024":                   {1, 1, 1, 1, 1, 0},
	"pearce-fong-thessaloniki":          {1, 1, 1, 1, 1, 0},
	"barcelona-consulate-1797":          {0.83, 0.9, 1, 1, 1, 0},
	"ponta-delgada-consulate-1795":      {0.94, 0.94, 0.35, 1, 1, 0},
	"hammond-azores-2020":               {0.88, 1, 0.57, 0.66, 1, 0},
	"mesthos-florence-2019":             {1, 0.94, 0.42, 1, 0.5, 0.33},
	"campbell-ulaanbaatar-2024":         {1, 1, 0.88, 1, 0.25, 0.16},
	"blinken-shanghai-2024":             {0.72, 1, 0.66, 1, 0, 0},
	"smith-wuxi-2015":                   {1, 1, 1, 1, 0.25, 0.33},
	"smith-wenzhou-2015":                {1, 1, 1, 1, 1, 1},
	"baucus-kritenbrink-chicago-xian":   {1, 1, 0.57, 1, 0, 0},
	"troutman-ehrhardt-libreville-2026": {1, 1, 1, 0.71, 0.75, 0.42},
	"sullivan-sorogu-2020":              {1, 1, 0.75, 1, 1, 0},
	"sullivan-damongo-2021":             {1, 1, 0.66, 1, 1, 0.25},
	"shannon-abuja-lagos-2014":          {0.84, 1, 1, 0.66, 1, 0},
	"shannon-bamako-2015":               {1, 1, 1, 1, 1, 1},
	"cheng-seattle-2017":                {0.66, 0.6, 0.42, 0.3, 1, 0.2},
	"cheng-chiba-2019":                  {1, 1, 1, 1, 0.8, 0.5},
	"ikeda-taoyuan-2023":                {1, 1, 1, 1, 0.57, 0.66},
	"chang-orange-walk-2024":            {0.94, 1, 1, 0.91, 0.83, 0.83},
	"cheng-gold-coast":                  {0.81, 1, 1, 0.71, 1, 0.25},
	"ernst-east-bohemia":                {1, 1, 0.76, 1, 0.66, 0.25},
	"traina-lower-austria":              {1, 1, 1, 1, 1, 0},
	"traina-carinthia":                  {1, 1, 0.5, 1, 1, 0.5},
	"pompeo-central-europe-2020":        {0.97, 1, 0.33, 0.5, 1, 0.13},
	"clinton-nordic-2012":               {1, 1, 1, 1, 1, 0.16},
	"state-casablanca-consulate-2020":   {0.94, 1, 0.81, 1, 0.8, 0.36},
	"hood-algeria-morocco-kuwait-2021":  {1, 1, 1, 0.66, 1, 0},
	"clinton-marrakech-tunis-2012":      {1, 1, 0.28, 1, 1, 0.25},
	// the hundred-and-twenty-fifth to hundred-and-thirty-fifth sets, measured once after round 34
	"ahmad-jakarta-2018":                {0.88, 1, 0.91, 0.73, 0.5, 0.12},
	"field-honiara-auckland-2018":       {0.95, 0.92, 0.6, 0.75, 1, 0},
	"hague-lahore-2013":                 {0.86, 1, 1, 1, 0.2, 0.08},
	"hammond-bogota-cartagena-2016":     {0.95, 1, 0.8, 1, 1, 0.16},
	"johnson-santiago-2018":             {1, 1, 1, 0.92, 1, 0.22},
	"hayashi-desantis-2023":             {1, 1, 1, 1, 1, 0.4},
	"hayashi-nagano-2023":               {1, 0.93, 1, 1, 0.75, 0.33},
	"hayashi-okayama-2023":              {1, 1, 1, 1, 0.66, 0.28},
	"kono-okinawa-2017":                 {0.42, 0.6, 1, 1, 1, 0.16},
	"yamada-gaziantep-2023":             {1, 1, 1, 0.83, 0.66, 0.28},
	"carpenter-surabaya-2007":           {0.96, 1, 1, 0.9, 0.75, 0.5},
	"mudie-mekong-delta-2022":           {1, 1, 1, 1, 1, 0.66},
	"scott-kupang-2023":                 {0.71, 0.9, 0.68, 0.94, 0.66, 0.28},
	"utomo-perth-2007":                  {1, 1, 0.75, 0.75, 0.5, 0.12},
	"williams-surabaya-2021":            {0.9, 1, 0.9, 0.83, 0.83, 0.45},
	"blake-astana-tashkent-2013":        {0.95, 1, 1, 1, 0.5, 0.22},
	"gross-gbao-2010":                   {0.86, 1, 0.5, 0.41, 0.4, 0.2},
	"rosenblum-pompeo-tashkent-2020":    {0.93, 1, 0, 1, 1, 0},
	"shannon-samarkand-2016":            {0.9, 1, 0.5, 0.33, 1, 0.12},
	"shannon-trincomalee-2015":          {0.77, 1, 1, 0.33, 1, 0},
	"engineers-aur-atoll-2012":          {0.75, 0.66, 0.7, 0.85, 1, 0},
	"roosevelt-freeport":                {0.4, 1, 0.3, 1, 0, 0},
	"taglialatela-grenada-2022":         {1, 1, 0.8, 1, 1, 0.2},
	"udall-samoa-2023":                  {1, 1, 0.93, 1, 1, 0.11},
	"zinke-port-moresby-2018":           {1, 0.94, 0.9, 0.81, 1, 0},
	"eu-act-dar-es-salaam-2021":         {1, 1, 0.75, 1, 1, 0},
	"jacobson-adama-2022":               {1, 1, 0.71, 1, 0.33, 0.2},
	"jacobson-jimma-2023":               {1, 1, 1, 1, 0, 0},
	"lgdc-zakarpattya-2017":             {0, 0, 1, 0.62, 1, 0},
	"von-cramon-baghdad-erbil-2021":     {1, 1, 0.75, 1, 1, 0},
	"blinken-naypyitaw-yangon-2015":     {1, 1, 1, 1, 1, 0.25},
	"clinton-phnom-penh-siem-reap-2012": {0.7, 1, 1, 0.42, 0, 0},
	"sherman-hanoi-2014":                {1, 1, 1, 1, 1, 0.16},
	"sherman-hanoi-2022":                {0.9, 1, 0.9, 1, 0.16, 0.07},
	"sherman-seoul-manila-2022":         {1, 1, 0.78, 1, 0.14, 0.05},
	"moon-banja-luka-2011":              {1, 1, 0.4, 1, 1, 0},
	"moon-gradacac-2011":                {1, 1, 0.83, 1, 1, 0},
	"pettit-chisinau":                   {1, 0.9, 1, 1, 0, 0},
	"power-chisinau-2022":               {1, 1, 1, 1, 0.5, 0.25},
	"reinke-cetinje":                    {1, 1, 1, 1, 0.66, 0.4},
	"garza-ciudad-juarez-2008":          {1, 1, 0.5, 1, 0.33, 0.2},
	"garza-el-paso-ciudad-juarez-2006":  {0.92, 0.92, 0.77, 1, 1, 0.13},
	"garza-morelia-2006":                {1, 1, 1, 0.6, 0.75, 0.6},
	"garza-tamaulipas-2009":             {0.83, 0.71, 1, 1, 0.28, 0.4},
	"mamet-independence-day-2015":       {0.93, 1, 1, 0, 1, 0},
	"drakeford-dublin-cork-2022":        {1, 1, 1, 0.9, 1, 0},
	"jones-auckland-wellington-2011":    {0.95, 1, 0.77, 1, 1, 0},
	"morgan-dublin-2019":                {1, 1, 0.75, 0.81, 0.25, 0.2},
	"robison-rennes-2023":               {1, 1, 0.8, 1, 0, 0},
	"swinney-malawi-zambia-2025":        {1, 1, 1, 1, 1, 0},
	"herbol-baroud-2009":                {1, 1, 0.9, 1, 1, 0},
	"isham-basrah":                      {0.66, 0.75, 1, 1, 1, 0.25},
	"richard-north-lebanon":             {1, 1, 0.88, 0.9, 0.66, 0.4},
	"sison-zahle-2008":                  {0.93, 0.93, 0.85, 1, 0.66, 0.4},
	"usaid-al-yamun-2014":               {1, 1, 1, 0.75, 1, 0},
	// the hundred-and-thirty-sixth to hundred-and-thirty-ninth sets, measured once after round 35
	"olson-lahore-2014":                      {1, 1, 1, 0.8, 1, 0.2},
	"verma-bhopal-2016":                      {1, 1, 0.75, 0.66, 0.71, 0.62},
	"verma-chandigarh-2015":                  {1, 1, 0.76, 1, 0.37, 0.27},
	"verma-lucknow-2015":                     {0.93, 1, 0.71, 0.85, 0.8, 0.8},
	"embassy-viljandi-2013":                  {0.93, 1, 0.9, 0.9, 0, 0},
	"faroe-partnership-declaration-torshavn": {1, 1, 1, 1, 0, 0},
	"levine-saaremaa-2013":                   {1, 1, 0, 1, 1, 0},
	"odonohue-nunavut-2011":                  {1, 1, 0.4, 1, 0, 0},
	"sands-faroe-islands-2020":               {1, 1, 1, 1, 0, 0},
	"coleman-beira-2024":                     {0.81, 1, 0.75, 0.9, 0, 0},
	"gonzales-peace-corps-lusaka-2022":       {0.57, 1, 0.84, 0.94, 1, 0},
	"zimbabwe-councils-chicago-2012":         {0.93, 1, 1, 1, 1, 0},
	"gutmann-feuchtwangen-2022":              {1, 1, 0.33, 0.28, 0.5, 0.25},
	"toko-weimar-2021":                       {1, 1, 0.85, 1, 1, 0.5},
	// the hundred-and-fortieth to hundred-and-forty-eighth sets, measured once after round 36
	"gg-antarctic-christchurch-2012": {1, 1, 0.58, 0.87, 1, 0.2},
	"gg-hamilton-2008":               {0.71, 1, 0.66, 0.5, 1, 0.5},
	"gg-new-delhi-2008":              {0.95, 1, 0.66, 1, 0.66, 0.25},
	"gg-port-moresby-2009":           {0.84, 1, 1, 0.71, 1, 0},
	"satyanand-brisbane-2009":        {0.95, 1, 1, 0.85, 0.5, 0.28},
	"andrews-china-2015":             {1, 1, 0.73, 1, 1, 0.05},
	// lowered in round 38: the graph now holds Latrobe City (the annotation was a new city),
	// which the linker proposes anew
	"andrews-jiangsu-2016":                      {0.95, 1, 0.88, 0.9, 1, 0},
	"minns-tokyo-2024":                          {1, 1, 1, 0.85, 1, 0.37},
	"pulford-nanjing-2020":                      {1, 1, 0.85, 0.83, 1, 0},
	"drakeford-katowice-2024":                   {0.88, 1, 1, 0.8, 1, 0},
	"drakeford-silesia-2024":                    {0.94, 1, 0.75, 0.75, 1, 0},
	"gething-stuttgart-2023":                    {0.93, 1, 1, 0.85, 1, 0.33},
	"welsh-government-mumbai-dublin-2024":       {0.86, 0.86, 0.42, 0.66, 1, 0},
	"burnham-rotheram-dublin-2022":              {0.86, 0.92, 0.72, 1, 1, 0},
	"coveney-wales-2021":                        {1, 1, 0.85, 0.92, 0, 0},
	"cubbard-milwaukee-2025":                    {0.94, 1, 1, 0.91, 1, 0.23},
	"martin-mexico-city-2024":                   {0.92, 1, 0.75, 0.85, 1, 0},
	"chiang-yamaguchi-taipei-2023":              {1, 1, 0.81, 1, 0.66, 0.4},
	"ko-turner-taipei-houston-2021":             {0.84, 0.73, 1, 0.92, 0.76, 0.4},
	"lin-nantou-ipswich-2016":                   {0.9, 1, 0.85, 1, 0, 0},
	"lin-twin-lake-forum-2017":                  {0.5, 0.75, 0.9, 0.78, 1, 0},
	"wang-taoyuan-singapore-2024":               {1, 1, 1, 1, 0.33, 0.14},
	"desantis-sister-cities-international-2016": {1, 1, 0.77, 1, 1, 0},
	"kaptur-toledo-2018":                        {0.92, 1, 0.75, 1, 1, 0.4},
	"mccarthy-kansas-city-2004":                 {0.84, 1, 0.87, 1, 1, 0},
	"noaa-stellwagen-bank-2006":                 {1, 1, 1, 0.5, 1, 1},
	"perdue-mexico-2019":                        {0.94, 0.94, 1, 1, 1, 0},
	"abe-midwest-governors-2017":                {1, 1, 0.88, 1, 0.83, 0.33},
	"kishi-yokohama-2016":                       {1, 1, 0.9, 1, 1, 0.37},
	"castor-agrigento-2022":                     {0.95, 0.95, 0.71, 0.71, 1, 0.5},
	"castor-barranquilla-2024":                  {0.92, 1, 1, 0.9, 0.5, 0.22},
	"castor-barranquilla-2025":                  {1, 1, 0.8, 1, 1, 0.25},
	"desantis-italy-2024":                       {0.95, 1, 0.83, 0.83, 1, 0},
	"itc-miami-dade-2025":                       {1, 1, 0.83, 0.92, 1, 0},
	"braganza-washington-2012":                  {0.72, 0.87, 0.84, 0.91, 0.3, 0.37},
	"dilem-guadalajara-2015":                    {0.92, 1, 0.6, 0.85, 1, 0.09},
	"kumagai-quezon-city-2015":                  {0.95, 1, 0.91, 0.84, 0.66, 0.4},
	"oh-iloilo-2024":                            {0.9, 0.9, 0.9, 1, 1, 0},
	"yaokasin-fukuyama-2017":                    {1, 1, 0.87, 1, 0.57, 0.17},
	// the hundred-and-forty-ninth to hundred-and-fifty-sixth sets, held out: measured once
	// against the whole graph after round 38 (testdata/README.md), then against the fixture
	// with the lead's two fixes that followed
	"kamiji-washington-2023":         {1, 1, 0.9, 1, 1, 0.33},
	"mimura-misawa-2023":             {1, 1, 0.58, 1, 1, 0.12},
	"wenatchee-misawa-2017":          {1, 1, 0.72, 0.9, 0, 0},
	"fukuda-iwakuni-2018":            {1, 1, 0.71, 1, 1, 0},
	"barr-wellington-2016":           {0.9, 1, 1, 1, 1, 0.33},
	"michael-surabaya-2010":          {0.78, 0.93, 0.8, 0.88, 1, 0.11},
	"bishop-surabaya-consulate-2018": {0.87, 1, 0.71, 0.83, 1, 0},
	"heaton-harris-washington-2023":  {0.94, 1, 0.83, 1, 0.66, 0.25},
	"ahmad-manila-2017":              {0.37, 0.75, 0.9, 0.68, 1, 0},
	"mcallister-bengaluru-2017":      {0.84, 1, 1, 0.66, 1, 0},
	"sohn-kanagawa-2005":             {1, 1, 1, 1, 0.66, 0.85},
	"campbell-suwon-2008":            {1, 1, 0.75, 0.75, 1, 0.5},
	"hao-gyeonggi-2024":              {0.88, 1, 1, 1, 0.5, 0.6},
	"kim-jingzhou-2024":              {0.91, 0.91, 1, 1, 0.71, 0.35},
	"chiu-hsinchu-miyazaki-2017":     {0.91, 1, 0.7, 0.87, 1, 0.16},
	"hinokuma-hsinchu-2022":          {0.84, 1, 0.6, 1, 1, 0.5},
	"huang-taitung-mie-2016":         {0.73, 0.91, 0.68, 0.85, 1, 0.17},
	"joo-tainan-gyeongju-2024":       {0.93, 0.93, 0.73, 0.87, 1, 0.14},
	"chen-anmc21-taipei-2006":        {1, 1, 0.64, 1, 1, 0.16},
	"granger-fort-worth-2018":        {1, 0.94, 0.72, 0.9, 0, 0},
	"granger-fort-worth-2020":        {1, 0.93, 0.6, 1, 0, 0},
	"royce-taiwan-2016":              {1, 0.93, 0.9, 1, 0.75, 0.12},
	"blackburn-washington-2025":      {0.92, 0.96, 0.5, 1, 1, 0.12},
	"chiba-los-angeles-2017":         {0.84, 1, 0.71, 1, 0, 0},
	"aoki-hawaii-county-2021":        {0.62, 1, 0.25, 0.75, 1, 0},
	"aoki-kauai-2022":                {0.88, 1, 0.8, 0.8, 1, 0},
	"yamada-olympia-2018":            {1, 0.96, 0.66, 1, 0.66, 0.44},
	"duterte-carpio-kauai-2018":      {0.93, 1, 0.88, 1, 0.5, 0.05},
	"jamoralin-kauai-2017":           {1, 1, 0.83, 0.9, 0.5, 0.08},
	"paynor-san-francisco-2011":      {0.88, 1, 0.68, 0.91, 1, 0},
	"raquel-new-york-2023":           {1, 1, 0.42, 0.93, 0.33, 0.4},
	// sets 158 to 164, after round 40 (their first, unseen measurement is in testdata/README.md)
	"prendergast-beijing-2006":         {0.91, 1, 0.87, 1, 0.33, 0.11},
	"wade-brown-asia-delegations-2014": {0.96, 0.96, 0.61, 1, 0.5, 0.25},
	"wade-brown-canberra-2016":         {0.95, 1, 0.81, 1, 0.66, 0.22},
	"whanau-sakai-2024":                {0.94, 1, 0.76, 1, 0.5, 0.1},
	"borane-douglas-2001":              {0.92, 1, 1, 0.85, 1, 0.28},
	"johnson-el-paso-2007":             {1, 1, 1, 1, 1, 0.2},
	"rios-nogales-2000":                {1, 0.93, 0.8, 0.81, 0.33, 0.14},
	"welch-takamatsu-2023":             {0.9, 1, 0.5, 1, 0.66, 0.22},
	"biffoni-prato-taichung-2023":      {0.92, 1, 0.9, 0.9, 1, 0.22},
	"hu-columbus-taichung-2007":        {1, 0.93, 0.66, 1, 1, 0.16},
	"leffingwell-taichung-austin-2010": {0.96, 1, 0.93, 1, 0.5, 0.2},
	"lu-kono-taichung-miyazaki-2024":   {1, 1, 1, 1, 1, 0.16},
	"park-tokyo-hokkaido-2015":         {0.79, 0.9, 1, 1, 0.66, 0.4},
	"park-ulaanbaatar-2015":            {0.86, 1, 1, 0.88, 0.6, 0.42},
	"song-novosibirsk-2016":            {0.84, 1, 0.8, 0.8, 0.5, 0.33},
	"yoo-tianjin-2023":                 {1, 0.84, 0.9, 0.9, 0.6, 0.6},
	"hayashi-belgium-2019":             {0.33, 1, 0.5, 0.5, 1, 0},
	"hayashi-motomiya-2024":            {1, 1, 0.5, 1, 1, 0},
	"kiya-goulburn-2019":               {0.73, 0.93, 1, 0.66, 0.5, 0.33},
	"tsuruoka-kensington-2017":         {0.88, 0.94, 0.77, 1, 1, 0.16},
	"iuc-cities-covid-2020":            {0.86, 1, 1, 1, 1, 0},
	"iuc-pairings-2019":                {1, 1, 1, 1, 1, 1},
	"mimica-malcorra-brussels":         {1, 1, 1, 1, 1, 0},
	"medvedev-paris-2010":              {1, 0.83, 0.9, 1, 0.4, 0.13},
	"medvedev-san-francisco-2010":      {0.91, 1, 0.5, 0.85, 1, 0.12},
	"zelenskyy-paris-2023":             {1, 1, 0.83, 1, 1, 0.5},
	"zelenskyy-utah-2024":              {0.93, 1, 0.85, 1, 0.14, 0.12},
	// sets 165 to 172, after round 41 (their first, unseen measurement is in testdata/README.md)
	"ito-takayama-2015":                {1, 1, 0.66, 1, 1, 0.25},
	"monji-morioka-2017":               {1, 1, 0.62, 1, 0.75, 0.33},
	"osawa-auckland-2024":              {1, 1, 0.7, 1, 0.75, 0.42},
	"takahashi-massachusetts-2025":     {0.92, 0.87, 0.78, 0.93, 0.6, 0.16},
	"august-kaiserslautern-2018":       {1, 1, 0.2, 1, 1, 0},
	"sandoval-tonga-2015":              {1, 1, 0.83, 0.9, 0, 0},
	"stephanson-everett-2007":          {1, 1, 0.64, 1, 1, 0},
	"taneichi-misawa-2010":             {1, 1, 0.81, 0.9, 0, 0},
	"leese-los-angeles-2009":           {0.3, 0.8, 0.4, 1, 0, 0},
	"leese-wuhan-2015":                 {0.91, 1, 0, 1, 1, 0},
	"leese-xi-manchester-2015":         {1, 1, 0.33, 0.66, 1, 0},
	"murphy-st-petersburg-2012":        {0.42, 0.85, 1, 0.22, 1, 0},
	"carnell-beijing-2000":             {0.94, 1, 0.66, 0.66, 1, 0.66},
	"follett-nara-1993":                {0.94, 1, 0.8, 0.88, 1, 0.25},
	"fukui-canberra-2006":              {1, 0.95, 0.5, 0.28, 0.66, 0.57},
	"ohkawa-canberra-2003":             {0.95, 1, 0.66, 0.85, 0.66, 0.28},
	"endo-davao-2025":                  {1, 1, 0.66, 1, 1, 0},
	"nalupta-batac-makati-2009":        {1, 1, 0.8, 1, 1, 0.28},
	"remollo-dumaguete-yeongdong-2022": {1, 1, 1, 0.87, 0.5, 0.33},
	"robinson-negros-occidental":       {0.5, 1, 0.81, 1, 1, 0},
	"chen-newtaipei-design-expo-2023":  {1, 0.92, 0.57, 1, 0.5, 0.04},
	"chiu-hsinchu-santaclara-2015":     {0.9, 1, 0.78, 0.63, 0.4, 0.12},
	"chu-cincinnati-newtaipei":         {1, 1, 0.6, 1, 0.42, 0.23},
	"gunter-hsinchu-westmont-2018":     {1, 1, 0.85, 1, 0.5, 0.14},
	"ambassadors-daegu-2018":           {1, 0.89, 0.5, 1, 1, 0},
	"hur-fukuoka-2009":                 {1, 1, 0.75, 1, 1, 0.33},
	"kabashima-chungnam-2013":          {0.93, 1, 1, 0.7, 0.71, 0.62},
	"castro-cuellar-washington-2024":   {0.9, 1, 0.96, 0.96, 0.75, 0.23},
	"kaine-honduras-2015":              {1, 1, 0.92, 1, 0.66, 0.16},
	"kaine-mexico-2015":                {1, 1, 1, 1, 0, 0},
	"mccaul-taipei-2024":               {1, 1, 0.81, 1, 1, 0},
}

// measuredWrongDates is the number of wrong dates an article was measured with, where
// that is not zero: the issue's target is none, and every other article meets it.
//
// After round 12b there was none: the thirteenth set's two (a range's end read alone, a
// statement's release taken for the trip it announces) are read right. The nineteenth and
// twentieth sets brought three (after round 14): a range "September 27 to October 1st,
// 2021" read as two dates, the first marked as inferred; "2008" of "August of 2008" read
// alone. Round 15a reads both right. The twenty-first set brought one (after round 15):
// "Tuesday, 30 May" given the right day but marked relative where the annotation has it
// inferred from the publication date. Round 16a reads a weekday with its stated day and
// month by the stated day, so there is none again. The twenty-third to twenty-sixth sets
// brought two (after round 16): the end of the range "May 1-May 4" read as a date of its
// own, and "April 3…", a teaser cut mid-number, read as April 3. Round 17a reads the
// first as one range and dates no day cut by an ellipsis: none again. The twenty-eighth
// set brought one (after round 17): the "July 4th" of a holiday's name, which the
// annotation leaves out, dated --07-04; round 18a reads no day in a holiday's name. The
// twenty-ninth to thirty-first sets brought two (after round 18): a visit given the month
// of the ambassador's taking office ("last month") as its date instead of the "Thursday"
// of the meeting, and a "Sunday" read as the past one where the text means the next.
// Round 19a dates no event by a date after "since" or a taking of office, and reads
// "this <weekday>" as the coming one: none again. The thirty-sixth to forty-first sets
// brought six (after round 21): two with the right value but the wrong account ("December
// 18,2018" with no space read as inferred; "March 3 this year" read as inferred where it
// is relative), "a year ago" dated where the annotation leaves it out, "Wednesday (14
// August)" read as the past Wednesday, a trip of "May 2-7" dated by its second day's
// meeting, and an arrival dated by the year of an earlier visit (1979). Round 22a reads
// all six right: a year after a comma with no space is stated, "this year" after a day is
// relative, a bounded span ("well over a year ago") is not counted back, a weekday with its
// date in brackets is that date, a day inside a stretch said before dates the event by
// the stretch's start, and a year after a past "first visited" opens no event. None
// again. The fifty-first and fifty-second sets brought one (after round 24): a visit dated
// by "last year" (an earlier visit recalled) instead of its stated "June 29".
// The fifty-third to fifty-eighth sets brought three (after round 25): a span "June 14
// to June 22, 2019" read as two dates, the first marked as inferred, and "a year ago"
// in a statement given only its month read to the year where the month is known.
// The fifty-ninth to sixty-third sets brought one (after round 26): "over the last year",
// a span the annotation leaves out, dated to the year before publication.
// The sixty-fourth to sixty-eighth sets brought three (after round 27): a span "October
// 17 to October 19, 2016" read as two dates, the first marked as inferred, as in the
// fifty-sixth set's; and "September 11" after "in 1956" given the publication's year.
// Round 28a reads both spans right (a repeated month joined by a word and closed by its
// year is one stated date). The sixty-ninth to seventy-second sets brought none (after
// round 28). The seventy-third to seventy-eighth sets brought three (after round 29): a
// visit dated by its release rather than the stated day it began, a call dated by a
// year the text recalls rather than the day of the calls, and "last year" read alone
// where the annotation has "April last year". Round 30a reads none of the three wrong:
// a year after someone's visit named as a thing is that visit's, a date before "completed
// a ... visit" is its end, and a month before "last year" is read with it.
// The seventy-ninth to ninetieth sets brought two (after round 30): the end of a span "7 April - 9 April" read as a date of
// its own, and "June 14" in a release given only its month dated to the year before,
// where the sentence names the year's World Cup.
// The ninety-first to ninety-sixth sets brought one (after round 31): an event dated
// "--11-19" by a day and month the text gives, where the annotation leaves the visit
// undated.
// The ninety-seventh to hundred-and-seventeenth sets brought ten (after round 32), in
// eight articles: three events dated by another day than the annotation's (a travel
// diary's, a newsletter's, a trip's), one dated to the day where the annotation has the
// month and one given a month where it has none; "March 11" of a recalled disaster read
// in the publication's year; a weekday, "the same day" and a day of an anniversary
// text read to other days than annotated; "25 years ago" and a bare year read where the
// annotation reads them otherwise.
// The hundred-and-eighteenth to hundred-and-twenty-fourth sets brought two (after round
// 33), in two articles: the end of a span "July 4 to July 15", "August 11 to August 15"
// read as a date of its own. Round 34c reads such a span as one date, its first day:
// none again. The hundred-and-twenty-fifth to hundred-and-thirty-fifth sets brought one
// (after round 34). The hundred-and-fortieth to hundred-and-forty-eighth sets brought
// four (after round 36): "2014" read out of a financial year ("2014/15", "2014-15")
// twice, where the annotations leave financial years out; a visit dated by a year the
// text recalls (2012) rather than the derived day of the celebration; and a day the
// annotation leaves undated. Round 37d reads all four right: a year closed by a
// financial year's second year ("2014/15") or after "fiscal year" is left out, a year
// closing someone's past visit told in a relative clause ("who visited ... in 2012")
// opens no event, and neither does a report's day followed by "recently" in its
// sentence.
//
// The hundred-and-forty-ninth to hundred-and-fifty-sixth sets brought five, measured
// once after round 38: the weekday of an agreement's name ("Good Friday") read twice as
// a day, a day and month opening an institute's name read as a date, a visit dated by
// its signing rather than the arrival the annotation dates it by, and a flight's year
// the text recalls (1981) taken for the event's. Round 39d reads all five right: a
// weekday after a word that makes it a recurring day's name ("Good", "Ash") is no day, a
// day and month running into a body's or place's head word ("Institute", "Street") name
// it, a visit starts on an arrival told with its day before the sentence that reports
// it, and a year that a yearly custom of visits began in opens no event.
var measuredWrongDates = map[string]int{
	"reinke-cetinje":                       1,
	"campbell-port-moresby-2011":           1,
	"sdu-one-year-2023":                    1,
	"fine-uruzgan-2005":                    1,
	"anderton-sister-cities-waitangi-2005": 1,
	"graziano-seoul-2021":                  1,
	"hague-manaus-2014":                    1,
	"schapiro-czech-universities-2014":     1,
	"clinton-paris-ulaanbaatar-2012":       1,
	"connector-2013-12":                    1,
	"embassy-vilnius-anniversary-2016":     3,
	"ita-new-york-2024":                    1,
	"kennedy-tohoku-2013":                  1,
	"putin-harbin-2024":                    1,
	"putin-primorye-2017":                  1,
	"vasquez-peru-2004":                    1,
}

// TestQuality ingests every annotated article and fails when linking, new entities or
// relations fall below what was measured, and on any wrong date.
func TestQuality(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, heldOut := range []bool{false, true} {
		var all score
		for _, name := range articles(t, heldOut) {
			sc, _ := measure(t, g, name)
			all.add(sc)
			t.Logf("%s: %s", name, sc)
			if len(sc.wrong) > 0 {
				t.Logf("%s, wrong or missed: %v", name, sc.wrong)
			}
			f, ok := floors[name]
			if !ok {
				t.Errorf("%s: no measured floor", name)
				continue
			}
			for _, c := range []struct {
				what      string
				got, want float64
			}{
				{"linking recall", ratio(sc.knownFound, sc.known), f.linkRecall},
				{"linking precision", ratio(sc.linksRight, sc.links), f.linkPrecision},
				{"new-entity recall", ratio(sc.newFound, sc.newGold), f.newRecall},
				{"new-entity precision", ratio(sc.proposedOK, sc.proposed), f.newPrecision},
				{"relation precision", ratio(sc.relsOK, sc.rels), f.relPrecision},
				{"relation recall", ratio(sc.relsOK, sc.relsGold), f.relRecall},
			} {
				if c.got < c.want {
					t.Errorf("%s: %s %.2f, below the measured %.2f; wrong: %v", name, c.what, c.got, c.want, sc.wrong)
				}
			}
			if sc.dates-sc.datesRight > measuredWrongDates[name] {
				t.Errorf("%s: %d wrong date(s): %v", name, sc.dates-sc.datesRight, sc.wrong)
			}
		}
		t.Logf("held out %v, overall: %s", heldOut, all)
	}
}

// TestHeldOutRichmond: "Richmond, Virginia" is the city in that region; "U.S." is the
// country; the Special Representative travelled to Richmond (the visitor) and met its
// mayor (a host there).
func TestHeldOutRichmond(t *testing.T) {
	g := fixtureGazetteer(t)
	text, _ := readAnnotation(t, "hachigian-richmond-2022")
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Source.PublishedAt != "2022-11-04" || doc.Source.Title != "Special Representative Hachigian’s Travel to Richmond, Virginia" {
		t.Errorf("source = %+v", doc.Source)
	}
	checkLinks(t, doc, richmondLinks)
	var got []string
	for _, d := range doc.Dates {
		got = append(got, d.Text+"="+d.Value+"/"+d.How)
	}
	want := []string{"2022-11-04=2022-11-04/stated", "October 26=2022-10-26/inferred-from-publication"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("dates (-want +got):\n%s", diff)
	}
	checkRelations(t, doc, richmondRelations)
}

// checkRelations fails for each wanted relation (from|type|to|role or title) the
// document lacks; "$event" is the event it proposes.
func checkRelations(t testing.TB, doc *Document, want []string) {
	t.Helper()
	got := map[string]bool{}
	for _, r := range doc.Relations {
		from, to := r.From, r.To
		if strings.HasPrefix(from, "event:") {
			from = "$event"
		}
		if strings.HasPrefix(to, "event:") {
			to = "$event"
		}
		prop, _ := r.Props["role"].(string)
		if title, ok := r.Props["title"].(string); ok {
			prop = title
		}
		got[from+"|"+r.Type+"|"+to+"|"+prop] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("no relation %s in %v", w, got)
		}
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		text, pub string
		want      []string
	}{
		{"The event was held on March 25th.", "2024-04-01", []string{"March 25th=2024-03-25/inferred-from-publication/--03-25"}},
		{"They met on December 20th.", "2024-01-03", []string{"December 20th=2023-12-20/inferred-from-publication/--12-20"}},
		{"They met on December 20th.", "", []string{"December 20th=--12-20/stated-without-year/"}},
		{"The mayor arrived yesterday.", "2011-12-10", []string{"yesterday=2011-12-09/relative/"}},
		{"The mayor arrived yesterday.", "", nil},
		{"Talks were held on Tuesday.", "2024-08-14", []string{"Tuesday=2024-08-13/relative/"}},
		{"Signed on Nov. 21, 2024 in Kunming.", "2024-11-22", []string{"Nov. 21, 2024=2024-11-21/stated/"}},
		{"Ties were set up in 1980.", "2024-08-14", []string{"1980=1980/stated/"}},
		{"The office opened a year and a half ago.", "2011-06-07", []string{"a year and a half ago=2009-12/relative/"}},
		{"The office opened two years ago.", "2011-06-07", []string{"two years ago=2009/relative/"}},
		{"The office opened two years ago.", "", nil},
		{"The storms of last month hit on Friday. On the same day, the mayor spoke.", "2016-05-02",
			[]string{"last month=2016-04/relative/", "Friday=2016-04-29/relative/", "the same day=2016-04-29/relative/"}},
		{"It was the crisis of March 2011.", "2012-05-18", []string{"March 2011=2011-03/stated/"}},
		// a range gives its start
		{"She visited the province from 28-31 August.", "", []string{"28-31 August=--08-28/stated-without-year/"}},
		{"She visited the province from 28 to 31 August 2014.", "", []string{"28 to 31 August 2014=2014-08-28/stated/"}},
		{"He will travel to Beijing October 17-21.", "2011-10-18", []string{"October 17-21=2011-10-17/inferred-from-publication/--10-17"}},
		// a day in the two months after publication may come this year or have passed last
		// year: no year is given
		{"He attended the ceremony on Aug. 9.", "2012-08-06", []string{"Aug. 9=--08-09/stated-without-year/"}},
		{"Ahead of the Dialogue on 30 July, he visits Beijing.", "2018-07-22", []string{"30 July=--07-30/stated-without-year/"}},
		{"Ahead of the talks on 2 September, he visits Beijing.", "2018-07-22", []string{"2 September=--09-02/stated-without-year/"}},
		// a financial year is a budget's period, not a date; a year of its own still is
		{"Exports to Lyon rose to $3 billion in 2019/20.", "2021-02-01", nil},
		{"Exports to Lyon rose to $3 billion in 2019-20, and students came in 2019.", "2021-02-01", []string{"2019=2019/stated/"}},
		{"Exports to Lyon rose in 2019/2020.", "2021-02-01", nil},
		{"The grant was paid out of fiscal year of 2019 funds.", "2021-02-01", nil},
		{"The grant came in FY in 2019.", "2021-02-01", nil},
		{"Ties with Lyon grew from 2015-2019.", "2021-02-01", []string{"2015=2015/stated/"}},
	} {
		pub, _ := kg.ParseDate(tc.pub)
		var got []string
		for _, d := range findDates(tc.text, pub, sentences(tc.text)) {
			got = append(got, d.Text+"="+d.Value+"/"+d.How+"/"+d.Stated)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q published %q (-want +got):\n%s", tc.text, tc.pub, diff)
		}
	}
}

func TestAnniversaryIsDerived(t *testing.T) {
	text := "Mayor of Ankara visits Brasilia\ndate 2013-05-02\n\nBrasilia and Ankara celebrated the 15th anniversary of their sister city relationship this year.\n"
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range doc.Relations {
		if r.Type == kg.PartnerOf {
			if r.Props["since"] != "1998" || r.Dates["props.since"].How != Derived {
				t.Errorf("partnership since %v (%s), want 1998 derived", r.Props["since"], r.Dates["props.since"].How)
			}
			return
		}
	}
	t.Errorf("no partnership proposed: %+v", doc.Relations)
}

func TestMeta(t *testing.T) {
	for _, tc := range []struct{ text, title, publisher, published string }{
		{"Delegation from Hamamatsu City Visited Shenyang\n时间:2024-08-14 撰稿人: 供稿部门:Shenyang Foreign Affairs Office\n\nBody.", "Delegation from Hamamatsu City Visited Shenyang", "Shenyang Foreign Affairs Office", "2024-08-14"},
		{"Mayor meets consul\n date 2018-08-10 The mayor met the consul.", "Mayor meets consul", "", "2018-08-10"},
		{"Shenyang Won an Award\nSHENYANG, China, Nov. 21, 2024 (GLOBE NEWSWIRE) -- On November 18, ...", "Shenyang Won an Award", "GLOBE NEWSWIRE", "2024-11-21"},
	} {
		m := ReadMeta(tc.text)
		if diff := cmp.Diff(Meta{Title: tc.title, Publisher: tc.publisher, Published: tc.published}, m); diff != "" {
			t.Errorf("meta (-want +got):\n%s", diff)
		}
	}
	m := ReadMeta("Title\ndate 2018-08-10\n").Merge(Meta{Published: "2018-08-11", URL: "https://example.org/a"})
	if m.Published != "2018-08-11" || m.URL != "https://example.org/a" || m.Title != "Title" {
		t.Errorf("merge: %+v", m)
	}
}

func TestHTMLText(t *testing.T) {
	page := `<html><head><title>Mayor meets consul</title><script>var x=1;</script></head>
<body><nav>Home | News</nav><h1>Mayor meets consul</h1><p>The <b>Mayor of Sasebo</b> met the consul.</p><p>Second paragraph.</p></body></html>`
	got, err := HTMLText([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Mayor meets consul\n\nMayor meets consul\n\nThe Mayor of Sasebo met the consul.\n\nSecond paragraph."
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !LooksLikeHTML([]byte(page)) || LooksLikeHTML([]byte("Plain text < 3")) {
		t.Error("LooksLikeHTML misjudges")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Békéscsaba": "bekescsaba", "People's Government": "people s government",
		"Iran’s city": "iran s city", "Chōfu-shi": "chofu shi", "Łódź": "lodz"} {
		if got := FoldName(in); got != want {
			t.Errorf("FoldName(%q) = %q, want %q", in, got, want)
		}
	}
}

// gazetteerGraph answers write.Validate's questions about the graph from the fixture
// gazetteer's records, which were read from the graph.
type gazetteerGraph struct{ g *Gazetteer }

func (f gazetteerGraph) KindsOf(_ context.Context, ids []string) (map[string]kg.Kind, error) {
	out := map[string]kg.Kind{}
	for _, id := range ids {
		if e, ok := f.g.Entry(id); ok {
			out[id] = e.Kind
		}
	}
	return out, nil
}

func (gazetteerGraph) SourcesExist(context.Context, []string) (map[string]bool, error) {
	return map[string]bool{}, nil
}

func (gazetteerGraph) WriteRecords(context.Context, store.Records, store.Progress) error {
	return fmt.Errorf("the draft test writes nothing")
}

// TestDraftIsAccepted writes the draft of every article and reads it back with the
// curated reader, then validates it as amity-load would.
func TestDraftIsAccepted(t *testing.T) {
	g := fixtureGazetteer(t)
	relations := 0
	defer func() {
		if relations == 0 {
			t.Error("no draft holds a relation")
		}
	}()
	for _, name := range append(articles(t, false), articles(t, true)...) {
		text, _ := readAnnotation(t, name)
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), name+".yaml")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := doc.WriteDraft(f); err != nil {
			t.Fatal(err)
		}
		f.Close()
		rec, err := load.ReadCuratedFile(path)
		if err != nil {
			raw, _ := os.ReadFile(path)
			t.Fatalf("%s: the curated reader refuses the draft: %v\n%s", name, err, raw)
		}
		if err := write.Validate(context.Background(), gazetteerGraph{g}, []store.Records{rec}); err != nil {
			raw, _ := os.ReadFile(path)
			t.Fatalf("%s: validation refuses the draft: %v\n%s", name, err, raw)
		}
		newEntities := 0
		for _, e := range doc.Entities {
			if e.Status == "new" {
				newEntities++
			}
		}
		relations += len(rec.Relations)
		if len(rec.Entities) != newEntities || len(rec.Relations) != len(doc.Relations) {
			t.Errorf("%s: draft holds %d entities and %d relations, the document %d new and %d", name,
				len(rec.Entities), len(rec.Relations), newEntities, len(doc.Relations))
		}
		if !strings.Contains(rec.Sources[0].ID, "source:") {
			t.Errorf("%s: source %q", name, rec.Sources[0].ID)
		}
	}
}

// TestHeldOutPalu: a name's initial keeps it whole ("Joaquin F. Monserrate"); "Mobile"
// inside "Government Mobile program" is no city; those the visitor met are hosts.
func TestHeldOutPalu(t *testing.T) {
	text, _ := readAnnotation(t, "palu-gorontalo-2014")
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{
		"Palu": "city:id:palu", "Gorontalo": "city:id:gorontalo", "US": "country:us", "Indonesia": "country:id",
		"Joaquin F. Monserrate": "person:joaquin-f-monserrate", "Rusdi Mastura": "person:rusdi-mastura",
		"Marten Taha": "person:marten-taha", "David Bobihoe Akib": "person:david-bobihoe-akib", "Mobile": "",
	})
	checkRelations(t, doc, []string{
		"person:joaquin-f-monserrate|PARTICIPATED_IN|$event|visitor", "person:rusdi-mastura|PARTICIPATED_IN|$event|host",
		"person:marten-taha|PARTICIPATED_IN|$event|host", "person:rusdi-mastura|HOLDS_POSITION|city:id:palu|Mayor",
		"person:marten-taha|HOLDS_POSITION|city:id:gorontalo|Mayor", "$event|HELD_IN|city:id:palu|",
	})
	if len(doc.Dates) != 1 || doc.Dates[0].Value != "2014-11-03" || doc.Dates[0].How != Stated {
		t.Errorf("dates = %+v, want Nov 3-5, 2014 stated as 2014-11-03", doc.Dates)
	}
}

// BenchmarkIngest ingests one article against the fixture gazetteer.
func BenchmarkIngest(b *testing.B) {
	g := fixtureGazetteer(b)
	text, _ := readAnnotation(b, "hachigian-richmond-2022")
	for b.Loop() {
		if _, err := g.Ingest(Article{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIssueExamples runs the cases the linker must handle (testdata/cases.txt): name
// orders, titles, folded diacritics, a namesake settled by its country, a body not
// confused with another of its kind, a bare title and surname, one proposal for two
// forms of a name, a country's abbreviation.
func TestIssueExamples(t *testing.T) {
	raw, err := os.ReadFile("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Cases", Published: "2024-04-01"}})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{
		"Daisuke Miyajima":                    "person:miyajima-daisuke",
		"Sasebo City":                         "city:jp:sasebo",
		"Consul General of Japan in Shenyang": "consulate:japan-consulate-general-shenyang",
		// Sasebo has had two mayors in the graph, neither dated: the title is left alone.
		"Mayor of Sasebo": "",
		"Bekescsaba":      "city:hu:bekescsaba",
		"Florida":         "city:uy:florida",
		"Chinese People's Association for Friendship with Foreign Countries": "org:chinese-peoples-association-for-friendship-with-foreign-countries",
		"Waseem Akhtar Khan": "person:waseem-akhtar-khan",
		"Waseem Akhtar":      "person:waseem-akhtar-khan",
		"ROK":                "country:kr",
		"Wang":               "",
	})
	for _, d := range doc.Dates {
		if d.Text == "March 25th" && (d.Value != "2024-03-25" || d.How != Inferred || d.Stated != "--03-25") {
			t.Errorf("March 25th in an article of 2024-04-01: %+v", d)
		}
	}
}

// TestPlaceInsideLongerName: a country after a point of the compass or a body's head,
// or before capitalised words joined by '&' or holding a head, is part of a longer name; a mission
// head's title set off after a person's name is the person's office, not the mission.
func TestPlaceInsideLongerName(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, tc := range []struct {
		text, name string
	}{
		{"The Consulate will enhance links with Central China.", "China"},
		{"In addition to the British Embassy China in Beijing, there are three consulates.", "China"},
		{"He announced the launch of UK Trade & Investment in Wuhan.", "UK"},
		{"Partners include UK Visas & Immigration, and the UK is one.", "UK"},
		{"It is funded by the UK-China Research and Innovation Partnership Fund.", "China"},
		{"He drove to Sasebo for the U.S. Navy Ball.", "U.S."},
		{"Today, Nick Whittingham, British Consul-General in Wuhan, cut a ribbon.", "British Consul-General in Wuhan"},
		{"She toured the Canadian Consulate General in Monterrey on Monday.", "Monterrey"},
		{"British companies have done well in South West China, as in SW China.", "China"},
		{"Famous local firms, such as Chang’an and others, export cars to China.", "Chang’an"},
		{"In Brazil, Under Secretary Jose Fernandez met the governor.", "Jose Fernandez"},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range doc.Mentions {
			if m.Text == tc.name && m.bStart == strings.Index(tc.text, tc.name) && m.Entity != nil {
				t.Errorf("%q: %q linked to %s", tc.text, tc.name, *m.Entity)
			}
		}
	}
	doc, err := g.Ingest(Article{Text: "Today, Nick Whittingham, British Consul-General in Wuhan, cut a ribbon."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Wuhan": "city:cn:wuhan"})
	// a mission's name the graph lacks is one new mission
	doc, err = g.Ingest(Article{Text: "She toured the Canadian Consulate General in Monterrey on Monday."})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Mentions, func(m Mention) bool {
		return m.Text == "Canadian Consulate General in Monterrey" && m.Proposed != nil && m.Kind == kg.Consulate
	}) {
		t.Errorf("the Canadian Consulate General in Monterrey is not proposed as a new mission: %+v", doc.Mentions)
	}
}

// TestTwinRegions: a list's capitalised plural head, a place after a city set off by a
// comma, and a sentence weighing places against "any prefecture" make the prefecture
// of a name shared with its city.
func TestTwinRegions(t *testing.T) {
	g := fixtureGazetteer(t)
	for text, want := range map[string]map[string]string{
		"In Japan, he made his first visits to Oita, Kagoshima and Miyazaki Prefectures.": {"Oita": "region:jp:oita", "Kagoshima": "region:jp:kagoshima", "Miyazaki": "region:jp:miyazaki"},
		"In Japan, he stopped at a university in Beppu city, Oita, to meet students.":     {"Oita": "region:jp:oita"},
		"In Japan, Oita has more students than any prefecture, even ahead of Tokyo.":      {"Oita": "region:jp:oita", "Tokyo": "region:jp:tokyo"},
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		checkLinks(t, doc, want)
	}
}

// TestCityNamingItsRegion: of two cities of one name in a country, the one that names
// the region it lies in is meant (Nagasaki, not the district of Tokyo); "Principal
// Officer" is a title, so the "U.S." before it is the country.
func TestCityNamingItsRegion(t *testing.T) {
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: "In Japan, Nagasaki Mayor Tomihisa Taue met the U.S. Principal Officer in Fukuoka."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Nagasaki": "city:jp:nagasaki:nagasaki", "U.S.": "country:us"})
}

// TestOneWordAndOrdinalNames: a camel-cased word names a body (not a title run into a
// name), "Operation X" an event, a numeral after a head is its ordinal, a name after
// "company" is a company's, a name set off before "the ... programme" a body's, and
// capitals before an office the body it is held at.
func TestOneWordAndOrdinalNames(t *testing.T) {
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: "Partners include the British Council and VisitBritain in Wuhan. " +
		"He thanked them for Operation Tomodachi. She honoured all who died during World War II. " +
		"Students met AmbassadorRoos there. He toured the State Key Lab of Geo-hazard Prevention in Chengdu. " +
		"The FCO Minister for Asia arrives. He saw a project where American company LP Amina is working. It marks the anniversary of Chevening, the UK government’s global flagship scholarship programme."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]kg.Kind{}
	for _, m := range doc.Mentions {
		if m.Proposed != nil {
			got[m.Text] = m.Kind
		}
	}
	want := map[string]kg.Kind{"VisitBritain": kg.Organization, "Operation Tomodachi": kg.Event,
		"Key Lab of Geo-hazard Prevention": kg.Organization, "LP Amina": kg.Company, "Chevening": kg.Organization, "FCO": kg.Organization}
	for text, kind := range want {
		if got[text] != kind {
			t.Errorf("%q proposed as %q, want %q (all: %v)", text, got[text], kind, got)
		}
	}
	// A war is left out, as the annotations leave it (round 25b).
	for _, text := range []string{"AmbassadorRoos", "World War II"} {
		if _, ok := got[text]; ok {
			t.Errorf("%s proposed as %q", text, got[text])
		}
	}
}

// TestAcronymOfAmpersandName: a body's name of words joined by '&', defined by an
// acronym in brackets that spells a short form whole ("UK" in UKTI), is proposed, and
// the acronym said again is that body.
func TestAcronymOfAmpersandName(t *testing.T) {
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: "He announced the launch of UK Trade & Investment (UKTI) in Wuhan. Partners include UKTI and the British Council."})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range doc.Mentions {
		if m.Text == "UK Trade & Investment" || m.Text == "UKTI" {
			ids = append(ids, m.id())
		}
	}
	want := []string{"org:uk-trade-and-investment", "org:uk-trade-and-investment", "org:uk-trade-and-investment"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("UK Trade & Investment and UKTI (-want +got):\n%s", diff)
	}
}

// TestBareKorea: "Korea" is the Korea the article names or whose places it links, and
// neither where both are named.
func TestBareKorea(t *testing.T) {
	g := fixtureGazetteer(t)
	doc, err := g.Ingest(Article{Text: "The Ambassador shared views on current issues in Busan and Korea."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Korea": "country:kr"})
	text := "Talks between North Korea and South Korea resumed; Korea was divided in 1945."
	doc, err = g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Text == "Korea" && m.Entity != nil {
			t.Errorf("%q: Korea linked to %s", text, *m.Entity)
		}
	}
}

// TestNamesakePartners: Mérida in Mexico is twinned with its namesakes in Spain and
// Venezuela; linking it once must not lift them for the next "Merida".
func TestNamesakePartners(t *testing.T) {
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: "In Mexico, she visited Monterrey, Merida, Cancun, and Mexico City."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Merida": "city:mx:merida", "Monterrey": "city:mx:monterrey"})
}

// TestSystematicForms: a person's name without a middle initial and generation, and a
// Korean province's English name, reach the graph's forms ("Harry B. Harris Jr.",
// "Gyeongsangbuk-do"); the short form of the person only where the article is about a
// country he served in.
func TestSystematicForms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:kr", Kind: kg.Country, Name: "South Korea", Aliases: []string{"Republic of Korea"}},
		{ID: "country:br", Kind: kg.Country, Name: "Brazil"},
		{ID: "city:kr:busan", Kind: kg.City, Name: "Busan", Countries: []string{"country:kr"}, Population: 3_400_000},
		{ID: "region:kr:gyeongsangbuk-do", Kind: kg.Region, Name: "Gyeongsangbuk-do", Countries: []string{"country:kr"}},
		{ID: "region:kr:jeollanam-do", Kind: kg.Region, Name: "Jeollanam-do", Countries: []string{"country:kr"}},
		{ID: "person:harris-harry-b-jr", Kind: kg.Person, Name: "Harry B. Harris Jr.",
			Positions: []store.Position{{Title: "Ambassador", Body: "country:kr"}}},
	})
	doc, err := g.Ingest(Article{Text: "On August 16, Ambassador Harry Harris met the Mayor in Busan. " +
		"Officials of North Gyeongsang Province and of South Jeolla came too."})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{
		"Harry Harris":              "person:harris-harry-b-jr",
		"North Gyeongsang Province": "region:kr:gyeongsangbuk-do",
		"South Jeolla":              "region:kr:jeollanam-do",
	})
	doc, err = g.Ingest(Article{Text: "In Brazil, a singer called Harry Harris gave a concert."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Entity != nil && *m.Entity == "person:harris-harry-b-jr" {
			t.Errorf("%q linked to the ambassador in an article on Brazil", m.Text)
		}
	}
}

// round6aGazetteer is a small graph written for the linking rules of round 6a: a state
// and a town bearing its name as an alias, a prefecture and its city of one name, a
// Korean province and its city, an ambassador with a middle name.
func round6aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "country:jp", Kind: kg.Country, Name: "Japan", Degree: 900},
		{ID: "country:kr", Kind: kg.Country, Name: "South Korea", Aliases: []string{"Republic of Korea"}, Degree: 900},
		{ID: "country:fr", Kind: kg.Country, Name: "France", Degree: 900},
		{ID: "region:us:maryland", Kind: kg.Region, Name: "Maryland", Countries: []string{"country:us"}, Degree: 111},
		{ID: "city:us:maryland-city", Kind: kg.City, Name: "Maryland City", Aliases: []string{"Maryland"}, Countries: []string{"country:us"},
			Regions: []string{"region:us:maryland"}, Population: 16_000, Degree: 2},
		{ID: "city:us:baltimore", Kind: kg.City, Name: "Baltimore", Countries: []string{"country:us"}, Regions: []string{"region:us:maryland"},
			Population: 600_000, Degree: 40},
		{ID: "city:us:salem", Kind: kg.City, Name: "Salem", Countries: []string{"country:us"}, Population: 170_000, Degree: 30},
		{ID: "city:us:salem-township", Kind: kg.City, Name: "Salem Township", Aliases: []string{"Salem"}, Countries: []string{"country:us"},
			Population: 120_000, Degree: 2},
		{ID: "region:jp:nara", Kind: kg.Region, Name: "Nara", Aliases: []string{"Nara Prefecture"}, Countries: []string{"country:jp"}, Degree: 30},
		{ID: "city:jp:nara", Kind: kg.City, Name: "Nara", Countries: []string{"country:jp"}, Regions: []string{"region:jp:nara"}, Population: 350_000, Degree: 20},
		{ID: "city:jp:ikoma", Kind: kg.City, Name: "Ikoma", Countries: []string{"country:jp"}, Regions: []string{"region:jp:nara"}, Population: 118_000, Degree: 3},
		{ID: "city:fr:lyon", Kind: kg.City, Name: "Lyon", Countries: []string{"country:fr"}, Population: 520_000, Degree: 50},
		{ID: "region:kr:jeollanam-do", Kind: kg.Region, Name: "Jeollanam-do", Countries: []string{"country:kr"}, Degree: 15},
		{ID: "city:kr:mokpo", Kind: kg.City, Name: "Mokpo", Countries: []string{"country:kr"}, Regions: []string{"region:kr:jeollanam-do"}, Population: 230_000, Degree: 4},
		{ID: "person:rivers-paul-andrew", Kind: kg.Person, Name: "Paul Andrew Rivers", Positions: []store.Position{{Title: "Ambassador", Body: "country:kr"}}},
	})
}

// linksAt returns the entity or proposal of the mention at the nth (1-based) occurrence
// of name in text, "" when none.
func linksAt(t *testing.T, doc *Document, text, name string, nth int) string {
	t.Helper()
	at := -1
	for i, from := 0, 0; i < nth; i++ {
		k := strings.Index(text[from:], name)
		if k < 0 {
			t.Fatalf("%q occurs fewer than %d times", name, nth)
		}
		at, from = from+k, from+k+len(name)
	}
	for _, m := range doc.Mentions {
		if m.bStart == at && m.Text == name {
			return m.id()
		}
	}
	return ""
}

// ingestLinkAt ingests text and returns what linksAt gives for its nth name.
func ingestLinkAt(t *testing.T, g *Gazetteer, text, name string, nth int) string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return linksAt(t, doc, text, name, nth)
}

// TestNamesakeTown: a name is first the entity that bears it as its own, when the graph
// knows far more of it than of a town that bears it as an alias; after a city, set off
// by a comma, it is the region the city lies in.
func TestNamesakeTown(t *testing.T) {
	g := round6aGazetteer()
	for _, tc := range []struct{ text, name, want string }{
		{"Mayors met in Baltimore, Maryland for three days.", "Maryland", "region:us:maryland"},
		{"The governor of the United States state spoke: Maryland exports crabs.", "Maryland", "region:us:maryland"},
		{"In Japan, the mayor of Ikoma, Nara came too.", "Nara", "region:jp:nara"},
		// two towns alike in size: the one the graph knows well under that very name
		{"Mayors of the United States met in Salem last week.", "Salem", "city:us:salem"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestPlaceOpeningSiteName: a place's name that opens the name of a site or service
// ("<Place> Police", "<Place> 2 Works"), or that runs on into capitalised words that
// are no title's holder ("<Place> Confluence"), is part of that name, even where the
// article has linked the place elsewhere; "<Place> City Hall" still stands for the
// place, and so does the place after "the Mayor of" with the mayor's name after it.
func TestPlaceOpeningSiteName(t *testing.T) {
	text := "In France, the minister visited Lyon. Officers of the Lyon Police and workers of the \"Rhone Lyon 2 Works\" met him at Lyon City Hall. " +
		"His office is in Tower 5 of Lyon Confluence, and the Mayor of Lyon Jean Dupont sees him there."
	doc, err := round6aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for nth, want := range map[int]string{1: "city:fr:lyon", 2: "", 3: "", 4: "city:fr:lyon", 5: "", 6: "city:fr:lyon"} {
		if got := linksAt(t, doc, text, "Lyon", nth); got != want {
			t.Errorf("Lyon %d -> %q, want %q", nth, got, want)
		}
	}
}

// TestRegionBeforeCity: a region's name written straight before a city lying in it is
// two places (the Korean address order), and a Korean province's short form ("Jeonnam"
// of Jeollanam-do) is one of its names; a pair the graph does not nest stays one name.
func TestRegionBeforeCity(t *testing.T) {
	text := "In South Korea, the consul toured a shipyard in Jeonnam Mokpo. Later Lyon Mokpo opened."
	doc, err := round6aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksAt(t, doc, text, "Jeonnam", 1); got != "region:kr:jeollanam-do" {
		t.Errorf("Jeonnam -> %q, want the province", got)
	}
	if got := linksAt(t, doc, text, "Mokpo", 1); got != "city:kr:mokpo" {
		t.Errorf("Mokpo -> %q, want the city", got)
	}
	if got := linksAt(t, doc, text, "Lyon", 1); got == "city:fr:lyon" {
		t.Errorf("Lyon of \"Lyon Mokpo\" linked to the city")
	}
	if diff := cmp.Diff([]string{"North Gyeongsang", "North Gyeongsang Province", "Gyeongbuk"}, romanisedProvince("Gyeongsangbuk-do")); diff != "" {
		t.Errorf("romanisedProvince(Gyeongsangbuk-do) (-want +got):\n%s", diff)
	}
}

// TestMiddleInitial: a person written with initials for the middle names is the graph's
// person whose middle names they begin; a different initial is someone else.
func TestMiddleInitial(t *testing.T) {
	g := round6aGazetteer()
	for text, want := range map[string]string{
		"In South Korea, Ambassador Paul A. Rivers visited Mokpo.": "person:rivers-paul-andrew",
		"In South Korea, Ambassador Paul B. Rivers visited Mokpo.": "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		name := text[strings.Index(text, "Paul") : strings.Index(text, "Rivers")+len("Rivers")]
		if got := linksAt(t, doc, text, name, 1); strings.HasPrefix(got, "person:rivers") != (want != "") || want != "" && got != want {
			t.Errorf("%q -> %q, want %q", name, got, want)
		}
	}
}

// TestBareTwinLocated: a name shared by a prefecture and its city, bare where it
// locates what happens ("students in Nara"), is where the article said the visit went;
// where it locates nothing ("the people of Nara") it stays unlinked.
func TestBareTwinLocated(t *testing.T) {
	text := "In Japan, the envoy's visit to Nara began with Nara Governor Sato. He met students in Nara and thanked the people of Nara."
	doc, err := round6aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for nth, want := range map[int]string{1: "city:jp:nara", 2: "region:jp:nara", 3: "city:jp:nara", 4: ""} {
		if got := linksAt(t, doc, text, "Nara", nth); got != want {
			t.Errorf("Nara %d -> %q, want %q", nth, got, want)
		}
	}
}

// TestNickname: a familiar form of a graph person's given name ("Bill" of William) is
// a short form: linked where the article names a country the person served, not
// elsewhere.
func TestNickname(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:kr", Kind: kg.Country, Name: "South Korea"},
		{ID: "country:br", Kind: kg.Country, Name: "Brazil"},
		{ID: "person:stone-william-henry", Kind: kg.Person, Name: "William Henry Stone",
			Positions: []store.Position{{Title: "Ambassador", Body: "country:kr"}}},
	})
	for text, want := range map[string]bool{
		"In South Korea, Ambassador Bill Stone opened a library.":  true,
		"In Brazil, a painter called Bill Stone opened a gallery.": false,
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "Bill Stone", 1) == "person:stone-william-henry"; got != want {
			t.Errorf("%q: Bill Stone linked to the ambassador: %v, want %v", text, got, want)
		}
	}
}

// TestShortFormOpensAndName: capitalised words joined by "and" after a country's short
// form are a body's name that holds it, head or no head; a country's short form before
// lowercase words is the country.
func TestShortFormOpensAndName(t *testing.T) {
	g := round6aGazetteer()
	for text, want := range map[string]string{
		"In France, rangers met officers of the U.S. Fish and Wildlife Service.": "",
		"In France, rangers met U.S. officers of the wildlife service.":          "country:us",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "U.S.", 1); got != want {
			t.Errorf("%q: U.S. -> %q, want %q", text, got, want)
		}
	}
}

// TestHeadlinePlace: in a headline every word is capitalised, so the words after a place
// the article links elsewhere do not make it part of a longer name.
func TestHeadlinePlace(t *testing.T) {
	text := "Minister Visits Lyon For Trade Talks\nIn France, the minister visited Lyon on Monday. He met the Lyon Confluence board."
	doc, err := round6aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for nth, want := range map[int]string{1: "city:fr:lyon", 2: "city:fr:lyon", 3: ""} {
		if got := linksAt(t, doc, text, "Lyon", nth); got != want {
			t.Errorf("Lyon %d -> %q, want %q", nth, got, want)
		}
	}
}

// round7aGazetteer is a small made-up graph for the rules of round 7a.
func round7aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "country:gb", Kind: kg.Country, Name: "United Kingdom", Degree: 900},
		{ID: "country:fr", Kind: kg.Country, Name: "France", Degree: 900},
		{ID: "country:pe", Kind: kg.Country, Name: "Peru", Degree: 300},
		{ID: "region:pe:cusco", Kind: kg.Region, Name: "Cusco", Countries: []string{"country:pe"}, Degree: 20},
		{ID: "city:pe:lima", Kind: kg.City, Name: "Lima", Countries: []string{"country:pe"}, Population: 9_000_000, Degree: 60},
		{ID: "city:fr:paris", Kind: kg.City, Name: "Paris", Countries: []string{"country:fr"}, Population: 2_100_000, Degree: 90},
	})
}

// TestShortFormOpensBody: a country's short form before capitalised words holding a
// body's head opens that body's name and is no mention of the country; before an
// office's title, lowercase words, or a place after a hyphen it is the country.
func TestShortFormOpensBody(t *testing.T) {
	g := round7aGazetteer()
	for text, want := range map[string]string{
		"In Peru, the U.S. Agency for Rural Roads paid for a bridge.":  "",
		"In Peru, the U.S. Farm Department sent two engineers.":        "",
		"In Peru, staff of the UK Weather Office met farmers.":         "",
		"In Peru, the U.S. Rail Service ran a study.":                  "",
		"In Peru, the U.S. Farm Representative Lima spoke to growers.": "country:us",
		"In Peru, U.S. firms signed contracts.":                        "country:us",
		"In Peru, growers praised U.S.-Cusco ties in coffee.":          "country:us",
		"In Peru, the U.S. Ambassador opened a school.":                "country:us",
		"In Peru, the U.S. Coffee Summit of Growers drew a crowd.":     "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		short := "U.S."
		if strings.Contains(text, "UK ") {
			short = "UK"
		}
		if got := linksAt(t, doc, text, short, 1); got != want {
			t.Errorf("%q: %s -> %q, want %q", text, short, got, want)
		}
	}
}

// TestSeatlessEmbassy: "the U.S. Embassy" with no seat, in a text on another country, is
// the one embassy the graph holds of that country there; with no host to settle it, or
// with a seat named, this rule does not apply.
func TestSeatlessEmbassy(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "consulate:us-embassy-lima", Kind: kg.Consulate, Name: "Embassy of United States in Lima",
			Represents: []string{"country:us"}, BasedIn: []string{"city:pe:lima"}, Degree: 2},
		store.NameRecord{ID: "consulate:us-embassy-paris", Kind: kg.Consulate, Name: "Embassy of United States in Paris",
			Represents: []string{"country:us"}, BasedIn: []string{"city:fr:paris"}, Degree: 2},
	))
	for text, want := range map[string]string{
		"Growers in Cusco met Peru's trade minister. The U.S. Embassy will fund a coffee school.": "consulate:us-embassy-lima",
		"In Paris, France hosted a fair. The U.S. Embassy staff came to it.":                      "consulate:us-embassy-paris",
		// Peru and France are named alike: no host
		"Peru and France signed a treaty. The U.S. Embassy welcomed it.": "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "U.S. Embassy", 1); got != want {
			t.Errorf("%q: U.S. Embassy -> %q, want %q", text, got, want)
		}
	}
}

// TestSenderAdjectiveEmbassy: an embassy named by its sender's adjective, which is no
// demonym of the sender's people ("Philippine"), is read as one named by a demonym: the
// one embassy the sender keeps in the country the text is about. The sentences are
// written for this test.
func TestSenderAdjectiveEmbassy(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "country:ph", Kind: kg.Country, Name: "Philippines", Degree: 300},
		store.NameRecord{ID: "consulate:ph-embassy-lima", Kind: kg.Consulate, Name: "Embassy of Philippines in Lima",
			Represents: []string{"country:ph"}, BasedIn: []string{"city:pe:lima"}, Degree: 2},
	))
	for _, tc := range []struct{ text, name, want string }{
		{"Growers in Cusco met Peru's trade minister. The Philippine Embassy will fund a school.", "Philippine Embassy", "consulate:ph-embassy-lima"},
		{"Growers in Cusco met Peru's trade minister. The Philippine Embassy in Paris will fund a school.", "Philippine Embassy", ""},
		// the adjective names no country outside a mission's name
		{"Growers in Cusco met Peru's trade minister and bought Philippine Mangoes.", "Philippine", ""},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, linksAt(t, doc, tc.text, tc.name, 1)); diff != "" {
			t.Errorf("%q: %s (-want +got):\n%s", tc.text, tc.name, diff)
		}
	}
}

// TestNameOwnedByRegion: a name that is a region's own and only an alias of a city lying
// in that region is the region, however well the city is known; a one-word alias of a
// place the graph barely knows needs more than its country named.
func TestNameOwnedByRegion(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "region:pe:ancash", Kind: kg.Region, Name: "Ancash", Countries: []string{"country:pe"}, Degree: 25},
		store.NameRecord{ID: "city:pe:huaraz", Kind: kg.City, Name: "Huaraz", Aliases: []string{"Ancash"}, Countries: []string{"country:pe"},
			Regions: []string{"region:pe:ancash"}, Population: 900_000, Degree: 12},
		store.NameRecord{ID: "city:pe:tiny", Kind: kg.City, Name: "San Tiny", Aliases: []string{"Quipuvi"}, Countries: []string{"country:pe"},
			Regions: []string{"region:pe:cusco"}, Population: 3_000, Degree: 2},
	))
	for _, c := range []struct{ text, name, want string }{
		{"In Peru, the minister flew to Ancash on Monday.", "Ancash", "region:pe:ancash"},
		{"In Peru, the minister met Quipuvi weavers.", "Quipuvi", ""},
		{"In Peru, the minister met weavers in Quipuvi, Cusco.", "Quipuvi", "city:pe:tiny"},
	} {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, c.text, c.name, 1); got != c.want {
			t.Errorf("%q: %s -> %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestDiplomatShortForm: a person's name without its middle names is a weak short form,
// linked where a diplomat's title stands before it and the graph holds the person in a
// diplomat's office, though the article names no country the person served.
func TestDiplomatShortForm(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "person:quill-anna-r", Kind: kg.Person, Name: "Anna R. Quill",
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:gb"}}},
	))
	for text, want := range map[string]string{
		"In Peru, Chargé d’Affaires (CDA) Anna Quill opened a library.": "person:quill-anna-r",
		"In Peru, Ambassador Anna Quill opened a library.":              "person:quill-anna-r",
		"In Peru, the painter Anna Quill opened a gallery.":             "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "Anna Quill", 1); got != want {
			t.Errorf("%q: Anna Quill -> %q, want %q", text, got, want)
		}
	}
}

// TestRegionInitials: capitals spelling the initials of a region the article names in
// full are that region; with the region unnamed they are left alone.
func TestRegionInitials(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "region:pe:madre-de-dios", Kind: kg.Region, Name: "Madre Dios", Countries: []string{"country:pe"}, Degree: 20},
	))
	for text, want := range map[string]string{
		"In Peru, Madre Dios hosted a fair. Growers from across MD came.": "region:pe:madre-de-dios",
		"In Peru, growers from across MD came to a fair.":                 "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "MD", 1); got != want {
			t.Errorf("%q: MD -> %q, want %q", text, got, want)
		}
	}
}

// TestAmericaPossessive: "of America’s" is the country as a possessor; after a body's
// head ("Bank of America’s") it ends the body's name.
func TestAmericaPossessive(t *testing.T) {
	g := round7aGazetteer()
	for text, want := range map[string]string{
		"In Peru, guests marked the anniversary of America’s independence.": "country:us",
		"In Peru, guests met the Bank of America’s staff.":                  "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "America", 1); got != want {
			t.Errorf("%q: America -> %q, want %q", text, got, want)
		}
	}
}

// TestCountrylessMission: "Consulate in <city>" after a word that opens no name is a
// mission whose seat is part of its name: the graph's mission there of a country the
// article names, or a new one; the city inside it is no mention.
func TestCountrylessMission(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "city:pe:arequipa", Kind: kg.City, Name: "Arequipa", Countries: []string{"country:pe"}, Population: 1_000_000, Degree: 30},
		store.NameRecord{ID: "consulate:us-consulate-arequipa", Kind: kg.Consulate, Name: "Consulate of United States in Arequipa",
			Represents: []string{"country:us"}, BasedIn: []string{"city:pe:arequipa"}, Degree: 2},
	))
	for text, want := range map[string]string{
		"The United States and Peru agree. It is vital for Consulate in Arequipa to meet farmers.": "consulate:us-consulate-arequipa",
		"France and Peru agree. It is vital for Consulate in Arequipa to meet farmers.":            "new",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		got := linksAt(t, doc, text, "Consulate in Arequipa", 1)
		if want == "new" && !strings.HasPrefix(got, "consulate:") || want != "new" && got != want || got == "consulate:us-consulate-arequipa" && want == "new" {
			t.Errorf("%q: Consulate in Arequipa -> %q, want %q", text, got, want)
		}
		if got := linksAt(t, doc, text, "Arequipa", 1); got != "" {
			t.Errorf("%q: Arequipa -> %q, want nothing", text, got)
		}
	}
}

// TestTitleForPlace: a place the article links elsewhere is the same place after "<title>
// for", where the holder's name follows it; elsewhere a capitalised word after it makes
// one longer name.
func TestTitleForPlace(t *testing.T) {
	text := "In Peru, the minister went to Lima. The Envoy for Lima Juan Soto met him. The Lima Rosa Bakery fed them."
	doc, err := round7aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for nth, want := range map[int]string{1: "city:pe:lima", 2: "city:pe:lima", 3: ""} {
		if got := linksAt(t, doc, text, "Lima", nth); got != want {
			t.Errorf("Lima %d -> %q, want %q", nth, got, want)
		}
	}
}

// TestTitleAcronymSurname: an acronym the text defines for an office is a title: the
// surname after it is the person the article named in full; an acronym defined for a
// body is not.
func TestTitleAcronymSurname(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "person:quill-anna-r", Kind: kg.Person, Name: "Anna R. Quill",
			Positions: []store.Position{{Title: "Ambassador", Body: "country:pe"}}},
	))
	for text, want := range map[string]string{
		"In Peru, Deputy Chief of Mission (DCM) Anna R. Quill opened a library. DCM Quill read to pupils.": "person:quill-anna-r",
		"In Peru, Anna R. Quill visited the Desert Crops Agency (DCA). DCA Quill Farms grew beans.":        "",
	} {
		doc, err := g.Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "Quill", 2); got != want {
			t.Errorf("%q: Quill 2 -> %q, want %q", text, got, want)
		}
	}
}

// TestPlaceInsideBodyName: a place or country that closes a longer name headed by a
// body (or a mission, its seat after "in") is part of that name and no mention of its
// own; after an office's title, a body located "in" it, a name already
// whole, or a comma it is the place. A country that opens a name a head closes, across
// commas, is part of it too, and so is a place in a quoted title.
func TestPlaceInsideBodyName(t *testing.T) {
	g := round7aGazetteer()
	for _, c := range []struct {
		text, name string
		want       string
	}{
		{"Farmers met the Consulate General of Peru in Paris on Monday.", "Peru", ""},
		{"Farmers met the Consulate General of Peru in Paris on Monday.", "Paris", ""},
		{"The Ministry of Roads, Rail and Ports Peru paid for it.", "Peru", ""},
		{"They will open a Presence Post in Cusco soon.", "Cusco", ""},
		{"Growers praised the Peru Coffee, Cocoa, and Tea Fair of spring.", "Peru", ""},
		{"Farmers met the Consul General of France in Lima on Monday.", "Lima", "city:pe:lima"},
		{"Farmers met the Mayor of Lima on Monday.", "Lima", "city:pe:lima"},
		{"Farmers met the Seed Institute in Lima on Monday.", "Lima", "city:pe:lima"},
		{"It is the second French Consulate in Peru to open.", "Peru", "country:pe"},
		{"It joins the French Embassy Peru in Lima this year.", "Lima", "city:pe:lima"},
		{"They will open a Presence Post in Cusco, Peru soon.", "Peru", "country:pe"},
		{"Ties between the Farm Board of France, and Peru grew.", "Peru", "country:pe"},
		{"Ties between the Andean Farm Union and Peru grew.", "Peru", "country:pe"},
		// a title in quotation marks holds its places; a place quoted alone is the place
		{"Pupils sang “Songs for a Peru Morning,” a cantata.", "Peru", ""},
		{"We say that “Lima” works with Paris.", "Lima", "city:pe:lima"},
		// a currency is no mention of its country
		{"The fund received USA$ 2 million from donors in Peru.", "USA", ""},
	} {
		doc, err := g.Ingest(Article{Text: "A note\n" + c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, "A note\n"+c.text, c.name, 1); got != c.want {
			t.Errorf("%q: %s -> %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestPlacePriorAndShortForm: a bare name two places of the article's country bear is
// the one the graph relates to others, when the other is a namesake it barely knows;
// with two known alike it is left unlinked. A short form that opens a place's full name,
// linked earlier in the article, is that place, not a bigger namesake elsewhere.
func TestPlacePriorAndShortForm(t *testing.T) {
	base := append(round7aGazetteer().entries,
		store.NameRecord{ID: "city:pe:olmo", Kind: kg.City, Name: "Olmo", Countries: []string{"country:pe"}, Population: 300_000,
			Partners: []string{"city:fr:paris"}, Degree: 15},
		store.NameRecord{ID: "city:pe:cusco:olmo", Kind: kg.City, Name: "Olmo", Countries: []string{"country:pe"}, Population: 40_000, Degree: 2},
		store.NameRecord{ID: "city:fr:san-ramon", Kind: kg.City, Name: "San Ramon", Countries: []string{"country:fr"}, Population: 5_000_000, Degree: 80},
		store.NameRecord{ID: "city:pe:san-ramon-de-los-rios", Kind: kg.City, Name: "San Ramon de los Rios", Aliases: []string{"San Ramon"},
			Countries: []string{"country:pe"}, Population: 900_000, Degree: 2},
	)
	known := append(slices.Clone(base),
		store.NameRecord{ID: "city:pe:olmo-alto", Kind: kg.City, Name: "Olmo", Countries: []string{"country:pe"}, Population: 250_000,
			Partners: []string{"city:pe:lima"}, Degree: 12})
	for _, c := range []struct {
		g          *Gazetteer
		text, name string
		nth        int
		want       string
	}{
		{NewGazetteer(base), "Mayors of Peru met. The Olmo Mayor Ana Ruiz spoke first.", "Olmo", 1, "city:pe:olmo"},
		{NewGazetteer(known), "Mayors of Peru met. The Olmo Mayor Ana Ruiz spoke first.", "Olmo", 1, ""},
		{NewGazetteer(base), "The envoy toured San Ramon de los Rios in May. In San Ramon, she met growers.", "San Ramon", 2, "city:pe:san-ramon-de-los-rios"},
	} {
		doc, err := c.g.Ingest(Article{Text: "A note\n" + c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, "A note\n"+c.text, c.name, c.nth); got != c.want {
			t.Errorf("%q: %s %d -> %q, want %q", c.text, c.name, c.nth, got, c.want)
		}
	}
}

// TestEmbassyInDistrict: a mission named with its seat is the graph's mission of that
// country filed under a district of the seat (a place in the region bearing the seat's
// name), and an embassy without seat in a headline ("Embassy to Open ...") is the one
// embassy of its country in the host. A presence post named by its seat alone is a
// mission.
func TestEmbassyInDistrict(t *testing.T) {
	g := NewGazetteer(append(round7aGazetteer().entries,
		store.NameRecord{ID: "region:pe:lima", Kind: kg.Region, Name: "Lima", Countries: []string{"country:pe"}, Degree: 10},
		store.NameRecord{ID: "city:pe:miraflores", Kind: kg.City, Name: "Miraflores", Countries: []string{"country:pe"},
			Regions: []string{"region:pe:lima"}, Population: 100_000, Degree: 12},
		store.NameRecord{ID: "consulate:fr-embassy-miraflores", Kind: kg.Consulate, Name: "Embassy of France in Lima municipality",
			Represents: []string{"country:fr"}, BasedIn: []string{"city:pe:miraflores"}, Degree: 2},
	))
	for _, c := range []struct{ text, name, want string }{
		{"Paris, May 2\nThe French Embassy in Lima will host a fair for growers from Peru.", "French Embassy in Lima", "consulate:fr-embassy-miraflores"},
		{"French Embassy to Open Library in Cusco\nLima, Peru\nThe embassy said so.", "French Embassy", "consulate:fr-embassy-miraflores"},
		// a post named without its country is a new mission, its seat part of its name
		{"Cusco, Peru\nFrance will open a Presence Post in Lima this year.", "Presence Post in Lima", "consulate:"},
	} {
		doc, err := g.Ingest(Article{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, c.text, c.name, 1); got != c.want && !(c.want == "consulate:" && strings.HasPrefix(got, c.want)) {
			t.Errorf("%q: %s -> %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// Round 9a: a place that opens a venue's name, or stands in a press link's quoted title,
// is no mention of its own.
func TestPartOfWork(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"They opened Dover Square last week.", "Dover", true},
		{"They opened Dover Memorial Park.", "Dover", true},
		{"They travelled to Dover by train.", "Dover", false},
		{"\"Kent Mayor besucht Dover\": article in a paper", "Kent", true},
		{"She said \"Kent is lovely\" and left.", "Kent", false},
	} {
		i := strings.Index(tc.text, tc.place)
		if got := partOfWork(tc.text, i, i+len(tc.place)); got != tc.want {
			t.Errorf("partOfWork(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

// Round 9a: "New <Place>" is another place named after it; the place is not linked inside it.
func TestNamesakeNew(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Their sister town New Dover lies in Ohio.", true},
		{"New Dover lies in Ohio.", false}, // a sentence's first word may be "New" alone
		{"A new Dover office opened.", false},
	} {
		i := strings.Index(tc.text, "Dover")
		if got := namesakeNew(tc.text, i); got != tc.want {
			t.Errorf("namesakeNew(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Round 9a: a city that alone bears a one-word name is linked after a visit or "in"
// without its country named, but not where capitalised words carry the name on.
func TestSoleCityVisited(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, tc := range []struct{ text, want string }{
		{"The senator visited Nuremberg last spring.", "city:de:nuremberg"},
		{"Our delegation spent two days in Nuremberg.", "city:de:nuremberg"},
		{"They wrote a book on the Nuremberg Trials.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Nuremberg", 1); got != tc.want {
			t.Errorf("%q: Nuremberg -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Round 9a: "America" after "of" and a word in lower case is the country; after a
// capitalised word it ends a body's name.
func TestAmericaAfterOf(t *testing.T) {
	g := fixtureGazetteer(t)
	for _, tc := range []struct{ text, want string }{
		{"The fair gave visitors a glimpse of America last week.", "country:us"},
		{"She opened an account at the Bank of America last week.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "America", 1); got != tc.want {
			t.Errorf("%q: America -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// Round 9a: a mission's own staff name it by kind and seat, without "in" ("Consulate
// Busan"): the graph's mission of the country the article names, at that city.
func TestMissionKindThenSeat(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "A U.S. officer of Consulate Busan gave a talk to students."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := linksAt(t, doc, text, "Consulate Busan", 1), "consulate:united-states-of-america-consulate-busan"; got != want {
		t.Errorf("Consulate Busan -> %q, want %q", got, want)
	}
}

// Round 9a: a headline (its longer prepositions in lower case too) takes again a twin
// name ("Hamburg", city and state) in the one sense the body read it.
func TestTwinInHeadline(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "Hamburg Round Table with Students\n\nThe City of Hamburg welcomed forty pupils."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= 2; n++ {
		if got, want := linksAt(t, doc, text, "Hamburg", n), "city:de:hamburg"; got != want {
			t.Errorf("Hamburg (%d) -> %q, want %q", n, got, want)
		}
	}
}

// Round 9a: a city's official name ("<Words> City of <City>") is one mention of it.
func TestOfficialCityName(t *testing.T) {
	text := "She thanked the Free and Imperial City of Dover for its welcome."
	i := strings.Index(text, "Dover")
	got := officialCityName(text, Mention{Text: "Dover", bStart: i, bEnd: i + len("Dover"), Kind: kg.City}).Text
	if want := "Free and Imperial City of Dover"; got != want {
		t.Errorf("officialCityName = %q, want %q", got, want)
	}
	text = "He left the City of Dover at noon."
	i = strings.Index(text, "Dover")
	if got := officialCityName(text, Mention{Text: "Dover", bStart: i, bEnd: i + len("Dover"), Kind: kg.City}).Text; got != "Dover" {
		t.Errorf("officialCityName = %q, want %q", got, "Dover")
	}
}

// TestHolidayInsideEventName: a month and day that runs on into a capitalised event name
// is the holiday's name, not a date; the same day before a lower-case word still is one.
func TestHolidayInsideEventName(t *testing.T) {
	pub := kg.Date{Year: 2019, Month: 8, Day: 1}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Guests came to the May 9th Reception in Riga.", nil},
		{"The Consul hosted the July 4th Celebration at the residence.", nil},
		{"The mayor arrived on July 4th and left.", []string{"2019-07-04"}},
		{"On July 4th Consul Berg spoke.", []string{"2019-07-04"}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// round10aGazetteer holds made-up places and people for the rules of round 10a.
func round10aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:gb", Kind: kg.Country, Name: "United Kingdom", Degree: 900},
		{ID: "country:ps", Kind: kg.Country, Name: "Palestine", Aliases: []string{"State of Palestine"}, Degree: 200},
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:gb:hollowmere", Kind: kg.City, Name: "Hollowmere", Countries: []string{"country:gb"}, Population: 60_000, Degree: 5},
		{ID: "city:zz:aldmoor", Kind: kg.City, Name: "Aldmoor", Countries: []string{"country:zz"}, Regions: []string{"region:zz:aldmoor"}, Population: 800_000, Degree: 20},
		{ID: "region:zz:aldmoor", Kind: kg.Region, Name: "Aldmoor", Countries: []string{"country:zz"}, Degree: 10},
		// the city is spelt one way, its province (named after it) another
		{ID: "city:zz:dunrek", Kind: kg.City, Name: "Dunrek", Aliases: []string{"Donrek"}, Countries: []string{"country:zz"}, Population: 300_000, Degree: 8},
		{ID: "region:zz:donrek", Kind: kg.Region, Name: "Donrek", Countries: []string{"country:zz"}, Degree: 6},
		{ID: "region:zz:kestrelvania", Kind: kg.Region, Name: "Kestrelvania", Countries: []string{"country:zz"}, Degree: 6},
		{ID: "person:quill-marta-jane", Kind: kg.Person, Name: "Marta Jane Quill",
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:zz"}}},
	})
}

// TestPeerTitle: the place in a peer's title ("Lord <Name> of <Place>") is part of the
// title, bracketed given name or not; an office styled "Lord" ("Lord Mayor of") is the
// place's.
func TestPeerTitle(t *testing.T) {
	g := round10aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"In the United Kingdom, Baroness Penhale of Hollowmere spoke on trade.", ""},
		{"In the United Kingdom, Lord (Edwin) Crane of Hollowmere spoke on trade.", ""},
		{"In the United Kingdom, the Lord Mayor of Hollowmere spoke on trade.", "city:gb:hollowmere"},
		{"In the United Kingdom, the minister visited Hollowmere on trade.", "city:gb:hollowmere"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Hollowmere", 1); got != tc.want {
			t.Errorf("%q: Hollowmere -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGovernedRegionList: a list governed by a plural region head names regions: a
// member that is a city's name too is the region (named as the city, or by another of
// the city's names), and a long member a letter off one region's name is that region; a
// list no region head governs keeps the cities.
func TestGovernedRegionList(t *testing.T) {
	g := round10aGazetteer()
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"The office covers the three provinces of the Northern Zone; Aldmoor, Kestrelvnia, and Dunrek.",
			map[string]string{"Aldmoor": "region:zz:aldmoor", "Kestrelvnia": "region:zz:kestrelvania", "Dunrek": "region:zz:donrek"}},
		{"Zedland's governorates of Aldmoor and Dunrek voted first.",
			map[string]string{"Aldmoor": "region:zz:aldmoor", "Dunrek": "region:zz:donrek"}},
		{"In Zedland, the envoy flew from Aldmoor to Dunrek.",
			map[string]string{"Aldmoor": "city:zz:aldmoor", "Dunrek": "city:zz:dunrek"}},
		// one member alone is no list of a country's regions
		{"The provinces of Aldmoor, Tarnish and Brell voted first.",
			map[string]string{"Aldmoor": ""}},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		for name, want := range tc.want {
			if got := linksAt(t, doc, tc.text, name, 1); got != want && !(want == "" && !strings.HasPrefix(got, "region:")) {
				t.Errorf("%q: %s -> %q, want %q", tc.text, name, got, want)
			}
		}
	}
}

// TestDefinedAcronymAfterShortForm: a country's short form opening capitalised words
// that a bracketed acronym spells is part of that name; before common words it is the
// country.
func TestDefinedAcronymAfterShortForm(t *testing.T) {
	for _, tc := range []struct {
		rest string
		want bool
	}{
		{" Joint Harbour Survey Unit (JHSU) began", true},
		{" Joint Harbour Survey Unit (USJHSU) began", true},
		{" Joint Harbour Survey (XYZ) began", false},
		{" agencies (and others) began", false},
	} {
		if got := definedAcronym("U.S.", tc.rest); got != tc.want {
			t.Errorf("definedAcronym(U.S., %q) = %v, want %v", tc.rest, got, tc.want)
		}
	}
}

// TestDiplomatNamedAfter: a short form of a graph diplomat's name (the middle name
// dropped) links when the text gives a diplomat's office right after it; without one it
// is left to be proposed.
func TestDiplomatNamedAfter(t *testing.T) {
	g := round10aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"The embassy announced the appointment of Ms. Marta Quill to the position of Consul General.", "person:quill-marta-jane"},
		{"The embassy named Marta Quill as Ambassador on Monday.", "person:quill-marta-jane"},
		{"The embassy thanked Marta Quill for the gift.", ""},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, tc.text, "Marta Quill", 1); (got == "person:quill-marta-jane") != (tc.want != "") {
			t.Errorf("%q: Marta Quill -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTerritoryDesignation: the UN's designation of Palestine's territory is Palestine.
func TestTerritoryDesignation(t *testing.T) {
	text := "The minister spoke of the situation in the Occupied Palestinian Territories."
	doc, err := round10aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksAt(t, doc, text, "Occupied Palestinian Territories", 1); got != "country:ps" {
		t.Errorf("Occupied Palestinian Territories -> %q, want country:ps", got)
	}
}

// round11aGazetteer holds made-up places, missions and people for the rules of round 11a.
func round11aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:gb", Kind: kg.Country, Name: "United Kingdom", Aliases: []string{"Great Britain", "UK"}, Degree: 900},
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		// the capital is named one way, the region named after it another romanisation
		{ID: "city:zz:ulan-kor", Kind: kg.City, Name: "Ulan Kor", Aliases: []string{"Ulaankoor"}, Countries: []string{"country:zz"}, Regions: []string{"region:zz:ulaankoor"}, Population: 900_000, Degree: 40},
		{ID: "region:zz:ulaankoor", Kind: kg.Region, Name: "Ulaankoor", Countries: []string{"country:zz"}, Degree: 3},
		// a seat that bears its region's name only as an alias of another name
		{ID: "city:zz:port-amber", Kind: kg.City, Name: "Port Amber", Aliases: []string{"Vessmark"}, Countries: []string{"country:zz"}, Regions: []string{"region:zz:vessmark"}, Population: 200_000, Degree: 3},
		{ID: "region:zz:vessmark", Kind: kg.Region, Name: "Vessmark", Countries: []string{"country:zz"}, Degree: 40},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		// a city and the prefecture of the same name
		{ID: "city:zz:kessho", Kind: kg.City, Name: "Kessho", Countries: []string{"country:zz"}, Regions: []string{"region:zz:kessho"}, Population: 2_000_000, Degree: 60},
		{ID: "region:zz:kessho", Kind: kg.Region, Name: "Kessho", Countries: []string{"country:zz"}, Degree: 50},
		// departments the graph names with the word, one a town's name too
		{ID: "region:zz:lomar-department", Kind: kg.Region, Name: "Lomar Department", Countries: []string{"country:zz"}, Degree: 3},
		{ID: "region:zz:fennick-department", Kind: kg.Region, Name: "Fennick Department", Countries: []string{"country:zz"}, Degree: 3},
		{ID: "region:zz:brask-department", Kind: kg.Region, Name: "Brask Department", Countries: []string{"country:zz"}, Degree: 3},
		{ID: "city:zz:lomar", Kind: kg.City, Name: "Lomar", Countries: []string{"country:zz"}, Regions: []string{"region:zz:lomar-department"}, Population: 15_000, Degree: 2},
		// a world city and a small namesake in the United States
		{ID: "city:zz:marlow", Kind: kg.City, Name: "Marlow", Countries: []string{"country:zz"}, Population: 3_000_000, Degree: 300},
		{ID: "city:us:marlow", Kind: kg.City, Name: "Marlow", Countries: []string{"country:us"}, Population: 20_000, Degree: 3},
		{ID: "city:zz:harrowgate", Kind: kg.City, Name: "Harrowgate", Countries: []string{"country:zz"}, Population: 500_000, Degree: 12},
		{ID: "consulate:united-states-of-america-embassy-harrowgate", Kind: kg.Consulate, Name: "Embassy of United States of America in Harrowgate",
			Represents: []string{"country:us"}, BasedIn: []string{"city:zz:harrowgate"}, Degree: 2},
	})
}

// TestBritain: "Britain" is the United Kingdom, possessive or not.
func TestBritain(t *testing.T) {
	for _, text := range []string{"The minister spoke of Britain’s ties with the region.", "Jobs across Britain depend on trade."} {
		doc, err := round11aGazetteer().Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "Britain", 1); got != "country:gb" {
			t.Errorf("%q: Britain -> %q, want country:gb", text, got)
		}
	}
}

// TestRespelledCapital: a name that is the region's own and another romanisation of its
// city's name (the same consonants) means the city where a visit or a dateline says so,
// the region where a region word does; an alias the seat took from its region with
// another name of its own still means the region.
func TestRespelledCapital(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, name, want string }{
		{"Ulaankoor — The new ambassador to Zedland presented his credentials on Monday.", "Ulaankoor", "city:zz:ulan-kor"},
		{"The Deputy Secretary met ministers during her visit to Ulaankoor in Zedland.", "Ulaankoor", "city:zz:ulan-kor"},
		{"The governor of Ulaankoor province met the delegation in Zedland.", "Ulaankoor", "region:zz:ulaankoor"},
		{"The delegation toured farms across Vessmark in Zedland.", "Vessmark", "region:zz:vessmark"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestMissionTypeAgrees: a mission named with its kind links only to the graph's mission
// of that kind; "Consulate" is not the embassy at the same seat.
func TestMissionTypeAgrees(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, name, want string }{
		{"Before Zedland she was consular chief at the U.S. Embassy in Harrowgate for two years.", "U.S. Embassy in Harrowgate", "consulate:united-states-of-america-embassy-harrowgate"},
		// a mission of its own, which the graph lacks: proposed under a new id in the graph's scheme
		{"Before Zedland she was consular chief at the U.S. Consulate in Harrowgate for two years.", "U.S. Consulate in Harrowgate", "consulate:united-states-of-america-consulate-harrowgate"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct{ head, want string }{
		{"Consulate General", "consulate"}, {"Consul-General", "consulate"}, {"Embassy", "embassy"}, {"Presence Post", ""},
	} {
		if got := missionType(tc.head); got != tc.want {
			t.Errorf("missionType(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

// TestLocativeOpensSentence: a twin name that locates what happens takes the sense of its
// earlier use settled by a visit, also where "In" opens the sentence.
func TestLocativeOpensSentence(t *testing.T) {
	text := "The minister arrived in Kessho today for a visit to Zedland. In Kessho, he will open a trade fair. He will meet the Governor of Kessho."
	doc, err := round11aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]string{1: "city:zz:kessho", 2: "city:zz:kessho", 3: "region:zz:kessho"} {
		if got := linksAt(t, doc, text, "Kessho", n); got != want {
			t.Errorf("Kessho (%d) -> %q, want %q", n, got, want)
		}
	}
}

// TestDepartmentStem: a department the graph names "<Name> Department" is found by its
// name alone, and a list of such departments takes the one whose name is also a town's
// as the department.
func TestDepartmentStem(t *testing.T) {
	text := "In Zedland, the envoy will visit farming programmes in Lomar, Fennick, and Brask."
	doc, err := round11aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Lomar": "region:zz:lomar-department", "Fennick": "region:zz:fennick-department", "Brask": "region:zz:brask-department"} {
		if got := linksAt(t, doc, text, name, 1); got != want {
			t.Errorf("%s -> %q, want %q", name, got, want)
		}
	}
}

// TestWorldCityOverNamesake: a city of millions, ten times any namesake within reach, is
// meant where a small namesake scored higher only for lying in the publisher's country;
// a place right after a title's accrediting body ("Ambassador to the ... in") is part of
// the title.
func TestWorldCityOverNamesake(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"The new U.S. ambassador served in various posts in Marlow before this one.", "city:zz:marlow"},
		{"The U.S. Ambassador to the Grain Agencies in Marlow spoke on Monday; Marlow is far away.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Marlow", 1); got != tc.want {
			t.Errorf("%q: Marlow -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// round12aGazetteer holds made-up namesakes for round 12a's rules.
func round12aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:lb", Kind: kg.Country, Name: "Lebanon", Degree: 200},
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		// a port of millions that names its region, and a namesake of a few hundred
		// thousand whose named country lifts it only within the margin the linker needs
		// between namesakes
		{ID: "city:ly:sarafand", Kind: kg.City, Name: "Sarafand", Countries: []string{"country:ly"}, Regions: []string{"region:ly:sarafand"}, Population: 5_000_000, Degree: 30},
		{ID: "region:ly:sarafand", Kind: kg.Region, Name: "Sarafand", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:lb:sarafand", Kind: kg.City, Name: "Sarafand", Countries: []string{"country:lb"}, Population: 600_000, Degree: 8},
	})
}

// TestDemonymSettlesNamesake: a demonym names its country as the country's name does, and
// of namesakes too close to call, the one lying in a country the text names is meant;
// with no country named, the port of millions is.
func TestDemonymSettlesNamesake(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"The envoy walked through Sarafand, a Lebanese port like any other, and met its mayor.", "city:lb:sarafand"},
		{"The envoy walked through Sarafand, a Libyan port like any other, and met its mayor.", "city:ly:sarafand"},
		{"The envoy walked through Sarafand, a port like any other, and met its mayor.", "city:ly:sarafand"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Sarafand", 1); got != tc.want {
			t.Errorf("%q: Sarafand -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAbbreviatedTitle: after an abbreviated title ("Amb.", "Gov.") a name is a person's,
// never the town that shares it; the same name elsewhere is still the town.
func TestAbbreviatedTitle(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"Amb. Marlow Opens Trade Fair\nThe envoy praised the region's farmers.", ""},
		{"Gov. Marlow met the delegation on Monday.", ""},
		{"The new U.S. ambassador served in various posts in Marlow before this one.", "city:zz:marlow"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Marlow", 1); got != tc.want {
			t.Errorf("%q: Marlow -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPossessiveGovernor: "<Place>'s governor" is the governorate's head, so that mention
// is the region, while the bare name elsewhere stays the city.
func TestPossessiveGovernor(t *testing.T) {
	text := "The envoy to Zedland met Kessho’s governor on Monday. Later the envoy toured a clinic in Kessho."
	doc, err := round11aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]string{1: "region:zz:kessho", 2: "city:zz:kessho"} {
		if got := linksAt(t, doc, text, "Kessho", n); got != want {
			t.Errorf("Kessho (%d) -> %q, want %q", n, got, want)
		}
	}
}

// TestPortfolioPlaces: places listed after an office and "for" (or an envoy and "to")
// are the office's portfolio, part of its title; the same place elsewhere, or after an
// ambassador's "to", is linked.
func TestPortfolioPlaces(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"The Senior Director for Zedland and the Islands spoke first.", 1, ""},
		{"The Deputy Assistant Secretary of Trade for Fenland, Zedland, and the Islands spoke first.", 1, ""},
		{"The Trade Envoy for Zedland spoke first. Zedland welcomed her.", 2, "country:zz"},
		{"The Trade Envoy to Zedland spoke first.", 1, ""},
		{"The Ambassador to Zedland spoke first.", 1, "country:zz"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Zedland", tc.nth); got != tc.want {
			t.Errorf("%q: Zedland (%d) -> %q, want %q", tc.text, tc.nth, got, tc.want)
		}
	}
}

// TestPairedName: countries paired in a named pact, meeting or body are the name's; the
// same pair before a common noun is linked.
func TestPairedName(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"Exports grew under the Zedland-United Kingdom Free Trade Agreement last year.", ""},
		{"Officials met at the Zedland-United Kingdom Annual Bilateral Consultations.", ""},
		{"Officials praised Zedland-United Kingdom cooperation last year.", "country:zz"},
		// a body named by the pair, and a dash followed by a space
		{"Alumni of the Zedland-United Kingdom Alumni Association met in May.", ""},
		{"Traders joined the Zedland-United Kingdom Business Council last year.", ""},
		{"Envoys prepared the Zedland- United Kingdom Harbour Summit last year.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Zedland", 1); got != tc.want {
			t.Errorf("%q: Zedland -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBrandCountry: a country's name after a word the article also uses alone as a
// name is that brand's national arm ("Acmeco Zedland"), not the country; without the
// word alone elsewhere, or after a place's name, the country is still linked.
func TestBrandCountry(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"The envoy toured Acmeco’s plant and met the head of Acmeco Zedland on Monday.", 1, ""},
		{"The envoy praised Acmeco for its work and thanked Acmeco Zedland staff.", 1, ""},
		{"The envoy praised Acmeco for its work in Zedland.", 1, "country:zz"},
		{"The envoy met the head of Acmeco Zedland President Ann Doe on Monday.", 1, "country:zz"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Zedland", tc.nth); got != tc.want {
			t.Errorf("%q: Zedland (%d) -> %q, want %q", tc.text, tc.nth, got, tc.want)
		}
	}
}

// TestGenreNounTown: a town named with a word of the genre's prose ("Mission") is
// linked only with a place's cue about it; the capitalised word alone is a post's name.
func TestGenreNounTown(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"U.S."}, Degree: 900},
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "region:us:texas", Kind: kg.Region, Name: "Texas", Countries: []string{"country:us"}, Degree: 50},
		{ID: "city:us:mission", Kind: kg.City, Name: "Mission", Countries: []string{"country:us"}, Regions: []string{"region:us:texas"}, Population: 85_000, Degree: 2},
	})
	for _, tc := range []struct{ text, want string }{
		{"Staff of the U.S. Mission to Zedland met the press on Monday.", ""},
		{"The Mission hosted a reception for alumni on Monday.", ""},
		{"The mayor of Mission, Texas, welcomed the delegation.", "city:us:mission"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Mission", 1); got != tc.want {
			t.Errorf("%q: Mission -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestShortFormInBodyName: "U.S." opening a side's name or a programme whose name holds
// a title's word is part of that name; before a title alone, or a title and "of", it is
// the country.
func TestShortFormInBodyName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
	})
	for _, tc := range []struct{ text, want string }{
		{"Two coaches were part of the victorious U.S. National Team in the first ever Zedland Cup.", ""},
		{"The U.S. Culture Envoy Exchange Program came to Zedland.", ""},
		{"The U.S. Ambassador came to Zedland.", "country:us"},
		{"The U.S. Secretary of Commerce came to Zedland.", "country:us"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "U.S.", 1); got != tc.want {
			t.Errorf("%q: U.S. -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCityAsRegion: a city's name before the noun "region" is the region that bears the
// city's name, whole or before a head ("Lomar Department").
func TestCityAsRegion(t *testing.T) {
	g := round11aGazetteer()
	for _, tc := range []struct{ text, name, want string }{
		{"Floods hit the Zedland town of Lomar and the wider Lomar region last spring.", "Lomar", "city:zz:lomar"},
		{"Floods hit the northern Lomar region of Zedland last spring.", "Lomar", "region:zz:lomar-department"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestLeftOutBodies: a venue or programme by its head word, a country's government
// named by the country, and a mission named only generically are no new bodies; a
// body with another head, or a mission with a name of its own, still is.
func TestLeftOutBodies(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"She toured the Blue Heron Pottery Museum with students.", "Blue Heron Pottery Museum", false},
		{"Chemists at the Riverside Soil Laboratory met her.", "Riverside Soil Laboratory", false},
		{"She praised the Young Coastal Leaders Network for its work.", "Young Coastal Leaders Network", false},
		{"The British Government funded the Harbour Renewal Trust last year.", "British Government", false},
		{"The British Government funded the Harbour Renewal Trust last year.", "Harbour Renewal Trust", true},
		{"Staff of the Deputy High Commission greeted her in the town.", "Deputy High Commission", false},
		{"Staff of the Glenmoor Consulate greeted her in the town.", "Glenmoor Consulate", false},
		{"She joined the Independent Boundaries Commission last year.", "Independent Boundaries Commission", true},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(doc.Mentions, func(m Mention) bool { return m.Proposed != nil && m.Text == tc.name })
		if got != tc.want {
			t.Errorf("%q: %q proposed = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestHyphenedGroup: a group of states written with a hyphen is the same group, and
// the best-known groups need no "the"; another letter and number does.
func TestHyphenedGroup(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct {
		text, name, want string
	}{
		{"The minister flew home after the G-7 last week.", "G-7", "org:g7"},
		{"Minister Tora Lind attends G-20 in the capital", "G-20", "org:g20"},
		{"Pilots flew a B-52 over the harbour last week.", "B-52", ""},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range doc.Mentions {
			if m.Text == tc.name && m.Proposed != nil {
				got = *m.Proposed
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q proposed as %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestHyphenedRegionHalf: the second half of a hyphened name before "region" is no
// region of its own; a whole name there still is.
func TestHyphenedRegionHalf(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Trade grew across a free and open Norda-Vestic region last year.", "Vestic", false},
		{"Trade grew across the Vestic region last year.", "Vestic", true},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := slices.ContainsFunc(doc.Mentions, func(m Mention) bool { return m.Proposed != nil && m.Text == tc.name && m.Kind == kg.Region })
		if got != tc.want {
			t.Errorf("%q: %q proposed as a region = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestTeamHeadsBody: "Team" heads a body, as "Committee" does.
func TestTeamHeadsBody(t *testing.T) {
	g := round12aGazetteer()
	text := "In 2010 the consulate set up the Vestic Outreach Team to visit schools."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(doc.Mentions, func(m Mention) bool {
		return m.Proposed != nil && m.Text == "Vestic Outreach Team" && m.Kind == kg.Organization
	}) {
		t.Errorf("%q: no new body \"Vestic Outreach Team\" in %v", text, doc.Mentions)
	}
}

// TestStreetIsNoPerson: a name headed by a street's word is a venue, no person.
func TestStreetIsNoPerson(t *testing.T) {
	g := round12aGazetteer()
	text := "Ambassador Lind strolled Velmar Old Street, tasted local snacks and met students."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(doc.Mentions, func(m Mention) bool { return m.Proposed != nil && strings.Contains(m.Text, "Street") }); i >= 0 {
		t.Errorf("%q: proposed %q as %v, want no proposal", text, doc.Mentions[i].Text, doc.Mentions[i].Kind)
	}
}

func round14aGazetteer() *Gazetteer {
	return NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		// a small town the graph holds under another spelling, and its region
		{ID: "city:zz:tamara", Kind: kg.City, Name: "Tamara", Aliases: []string{"Temera"}, Countries: []string{"country:zz"}, Regions: []string{"region:zz:ofar"}, Population: 40_000, Degree: 2},
		{ID: "region:zz:ofar", Kind: kg.Region, Name: "Ofar", Countries: []string{"country:zz"}, Degree: 8},
		// a state and its capital of one name, and another state
		{ID: "city:zz:kolo", Kind: kg.City, Name: "Kolo", Countries: []string{"country:zz"}, Regions: []string{"region:zz:kolo"}, Population: 400_000, Degree: 6},
		{ID: "region:zz:kolo", Kind: kg.Region, Name: "Kolo", Countries: []string{"country:zz"}, Degree: 5},
		{ID: "region:zz:bemba", Kind: kg.Region, Name: "Bemba", Countries: []string{"country:zz"}, Degree: 5},
	})
}

// TestMinorTownEvidence: a little-known town named by another of its names links where
// its region follows it, with or without the region's head word, and that holds for the
// article's bare repeats of the word; with no such tie anywhere it stays unlinked.
func TestMinorTownEvidence(t *testing.T) {
	g := round14aGazetteer()
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"Aid reached Temera, Ofar Region in Zedland last week.", 1, "city:zz:tamara"},
		{"Temera – Aid reached Temera, Ofar in Zedland last week.", 1, "city:zz:tamara"},
		{"Aid reached Zedland last week. The clinic in Temera opened.", 1, ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Temera", tc.nth); got != tc.want {
			t.Errorf("%q: Temera (%d) -> %q, want %q", tc.text, tc.nth, got, tc.want)
		}
	}
}

// TestStatesListedBeforeHead: names listed before a plural region head are the regions;
// once the text has set one up so, a bare repeat no word ties to the town is left
// unlinked, while the dateline and "in" after a named venue stay the town.
func TestStatesListedBeforeHead(t *testing.T) {
	g := round14aGazetteer()
	text := "Envoy Tours Kolo and Bemba States\nKolo – The envoy met farmers of Zedland. She praised the resilience of Kolo. She spoke at the Unity Library in Kolo."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"region:zz:kolo", "city:zz:kolo", "", "city:zz:kolo"} {
		if got := linksAt(t, doc, text, "Kolo", i+1); got != want {
			t.Errorf("Kolo (%d) -> %q, want %q", i+1, got, want)
		}
	}
}

// TestNotPlacesInOtherNames: a country in a mission's name or a holiday's, a town
// before "Day", and a town's name after a given name are no places; the same names
// elsewhere are.
func TestNotPlacesInOtherNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:hartley", Kind: kg.City, Name: "Hartley", Countries: []string{"country:zz"}, Population: 30_000, Degree: 4},
		{ID: "person:a", Kind: kg.Person, Name: "Amos Smith", Degree: 2},
		{ID: "person:b", Kind: kg.Person, Name: "Amos Brown", Degree: 2},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"Staff of the U.S. Mission to Zedland met her at the airport.", "Zedland", ""},
		{"Mission Zedland welcomed the students at the airport.", "Zedland", ""},
		{"The staff in Zedland met her at the airport.", "Zedland", "country:zz"},
		{"Crowds marked Hartley Day in the Zedland capital.", "Hartley", ""},
		{"Amos Hartley was a painter born in Zedland.", "Hartley", ""},
		{"Farmers of Zedland sold grain in Hartley last year.", "Hartley", "city:zz:hartley"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %s -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestRegionalOfficeAndPeople: a region's name before "Regional" opens its office and is
// the region; before "people" in lower case it names a people, not the region.
func TestRegionalOfficeAndPeople(t *testing.T) {
	g := round14aGazetteer()
	for _, tc := range []struct{ text, want string }{
		{"The envoy met Ofar Regional President Sala Demo in Zedland.", "region:zz:ofar"},
		{"The envoy praised the Ofar people of Zedland for their welcome.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Ofar", 1); got != tc.want {
			t.Errorf("%q: Ofar -> %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestShortFormInHeadline: in a headline, whose words are all capitalised, "U.S." before
// a capitalised word is the country; in running text those words would open a name.
func TestShortFormInHeadline(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900}})
	text := "Envoy Tours the Coast to Review U.S. Engagement in the Region\n\nThe envoy toured the coast this week."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksAt(t, doc, text, "U.S.", 1); got != "country:us" {
		t.Errorf("U.S. in the headline -> %q, want country:us", got)
	}
}

// TestRegionByCapitalsSpelling: a word before "Region" that is only another spelling of
// a city is the region the city lies in, whose name the graph spells another way, and
// so are the article's bare repeats of it; without the head word anywhere it is not.
func TestRegionByCapitalsSpelling(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:gorela", Kind: kg.City, Name: "Gorela", Aliases: []string{"Gorella"}, Countries: []string{"country:zz"}, Regions: []string{"region:zz:gorela"}, Population: 50_000, Degree: 2},
		{ID: "region:zz:gorela", Kind: kg.Region, Name: "Gorela", Countries: []string{"country:zz"}, Degree: 2},
	})
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"She toured a camp in Gorella last week. In Gorella Region of Zedland she met farmers.", 1, "region:zz:gorela"},
		{"She toured a camp in Gorella last week. In Gorella Region of Zedland she met farmers.", 2, "region:zz:gorela"},
		{"She toured a camp in Gorella last week, her first in Zedland.", 1, ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Gorella", tc.nth); got != tc.want {
			t.Errorf("%q: Gorella (%d) -> %q, want %q", tc.text, tc.nth, got, tc.want)
		}
	}
}

// TestAbbreviatedMission: a mission's kind written short before its seat is the mission
// the article names in full there; with none named, the one mission of that kind there
// of a country the article names, and with none such, nothing.
func TestAbbreviatedMission(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:zz", Kind: kg.Country, Name: "Zedland", Degree: 100},
		{ID: "city:zz:harrowgate", Kind: kg.City, Name: "Harrowgate", Countries: []string{"country:zz"}, Population: 500_000, Degree: 12},
		{ID: "consulate:united-states-of-america-consulate-general-harrowgate", Kind: kg.Consulate, Name: "Consulate General of United States of America in Harrowgate",
			Represents: []string{"country:us"}, BasedIn: []string{"city:zz:harrowgate"}, Degree: 2},
	})
	for _, tc := range []struct{ text, want string }{
		{"Teachers met with ConGen Harrowgate in May. The U.S. Consulate General Harrowgate hosted them.", "consulate:united-states-of-america-consulate-general-harrowgate"},
		{"Teachers met with ConGen Harrowgate in May, in Zedland.", ""},
		{"Teachers met with ConGen Harrowgate in May, with U.S. grants.", "consulate:united-states-of-america-consulate-general-harrowgate"},
		{"Teachers met with AmEmbassy Harrowgate in May, with U.S. grants.", ""},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, m := range doc.Mentions {
			if m.Text == "ConGen Harrowgate" && m.Entity != nil {
				got = *m.Entity
			}
		}
		if got != tc.want {
			t.Errorf("%q: ConGen Harrowgate linked to %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestSpacedShortForm: "U. S." spaced as some texts print it is the country.
func TestSpacedShortForm(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900}})
	text := "The U. S. Ambassador toured the port this week."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksAt(t, doc, text, "U. S.", 1); got != "country:us" {
		t.Errorf("U. S. -> %q, want country:us", got)
	}
}

// proposedKinds runs text through g and returns the kind of every proposal by its
// text.
func proposedKinds(t *testing.T, g *Gazetteer, text string) map[string]kg.Kind {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]kg.Kind{}
	for _, m := range doc.Mentions {
		if m.Proposed != nil {
			got[m.Text] = m.Kind
		}
	}
	return got
}

// TestUntitledPersonShapes: with no title before it, a name is a person's when an
// office "of" something follows it after a comma, or when a middle initial stands
// between a given name and a surname.
func TestUntitledPersonShapes(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct{ text, name string }{
		{"We are glad to greet Marta Velsen, Rector of the Sarafand Polytechnic, today.", "Marta Velsen"},
		{"We are glad to greet Odran Pelk, Member of the Regional Assembly, today.", "Odran Pelk"},
		{"Long ago Corwin T. Haldane’s family sailed from Sarafand.", "Corwin T. Haldane"},
	} {
		if got := proposedKinds(t, g, tc.text); got[tc.name] != kg.Person {
			t.Errorf("%q: %q proposed as %q, want a person (all: %v)", tc.text, tc.name, got[tc.name], got)
		}
	}
}

// TestLocatedInPlace: a name after a preposition of place, then "in" and a place, is a
// place inside it; a bearing before a name there is a region.
func TestLocatedInPlace(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct {
		text string
		want map[string]kg.Kind
	}{
		{"Her grandparents lived in Dunmorrow in Sarafand before the war.", map[string]kg.Kind{"Dunmorrow": kg.City}},
		{"His family came from just outside Kilbrack in West Dorran long ago.", map[string]kg.Kind{"Kilbrack": kg.City, "West Dorran": kg.Region}},
		// an outer name that is no place says nothing of the inner one
		{"She spoke in Dunmorrow in Person Hall with students.", map[string]kg.Kind{}},
	} {
		got := proposedKinds(t, g, tc.text)
		for name, kind := range tc.want {
			if got[name] != kind {
				t.Errorf("%q: %q proposed as %q, want %q (all: %v)", tc.text, name, got[name], kind, got)
			}
		}
		if len(tc.want) == 0 && got["Dunmorrow"] != "" {
			t.Errorf("%q: Dunmorrow proposed as %q, want nothing", tc.text, got["Dunmorrow"])
		}
	}
}

// TestLeftOutNames: an office's name is no body (the body after its "of" is, with a
// head), nor is its acronym; camps are left out; single letters name no one; a name
// after "St." is a saint's, no repeat of a person; a headline's "Message" names no
// one; an adjectival bearing before a region the graph holds proposes no new region,
// nor does a name a letter away from one in a country the text names.
func TestLeftOutNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:dorran", Kind: kg.Region, Name: "Dorran", Countries: []string{"country:ly"}, Degree: 5},
	})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"She came with Tora Lind, Deputy Chief of Mission (DCM) of the embassy. DCM Lind spoke.", []string{"Tora Lind"}, []string{"Deputy Chief of Mission", "DCM"}},
		{"We greet Odran Pelk, Member of the Velmar Assembly, today.", []string{"Odran Pelk", "Velmar Assembly"}, []string{"Member of the Velmar Assembly"}},
		{"Ambassador Lind visited Kestrel Refugee Camp, one of two camps in Libya.", nil, []string{"Kestrel Refugee Camp"}},
		{"V. K. Ambassador Tora Lind visited Libya in May.", []string{"Tora Lind"}, []string{"V. K", "V"}},
		{"Ambassador Doran Kell came from Libya. Happy St. Doran’s Day to all.", []string{"Doran Kell"}, []string{"Doran"}},
		{"Ambassador Lind’s Velmar Day Message\nToday we greet the people of Libya.", nil, []string{"Day Message", "Velmar Day Message"}},
		{"Aid reached families in Northern Dorran last week.", nil, []string{"Northern Dorran"}},
		{"Aid reached Dorrann Region in Libya last week.", nil, []string{"Dorrann Region", "Dorrann"}},
	} {
		got := proposedKinds(t, g, tc.text)
		for _, name := range tc.want {
			if got[name] == "" {
				t.Errorf("%q: %q not proposed (all: %v)", tc.text, name, got)
			}
		}
		for _, name := range tc.not {
			if got[name] != "" {
				t.Errorf("%q: %q proposed as %q, want nothing", tc.text, name, got[name])
			}
		}
	}
}

// TestSharedAndListedBodyNames: two names before one plural head in lowercase are two
// bodies of that head; a paper named as an edition is a company; a body's name cut at
// a comma goes on over a list its bracketed acronym spells, and the acronym is the
// body; a title's acronym before a proposed person's surname is that person; a
// camel-cased programme and a format after "a" are left out.
func TestSharedAndListedBodyNames(t *testing.T) {
	g := round12aGazetteer()
	for _, tc := range []struct {
		text string
		want map[string]string // text -> proposed id
		not  []string
	}{
		{"The school is a project of the Velmar and Anna Kell foundations in Libya.",
			map[string]string{"Velmar": "org:velmar-foundation", "Anna Kell": "org:anna-kell-foundation"}, nil},
		{"The letter ran in the weekend edition of the Sarafand News on Monday.",
			map[string]string{"Sarafand News": "company:sarafand-news"}, nil},
		{"Ambassador Tora Lind met the Bureau of Trade, Ports, and Shipping (TPS) in Libya. TPS staff met her. DAS Lind spoke.",
			map[string]string{"Bureau of Trade, Ports, and Shipping": "org:bureau-of-trade-ports-and-shipping", "TPS": "org:bureau-of-trade-ports-and-shipping", "Lind": "person:tora-lind"}, nil},
		{"The consulate ran its VelmarConnect Program in Libya. VelmarConnect reached schools. Students joined a Town Hall Meeting with the consul.",
			nil, []string{"VelmarConnect Program", "VelmarConnect", "Hall Meeting", "Town Hall Meeting"}},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, m := range doc.Mentions {
			if m.Proposed != nil {
				got[m.Text] = *m.Proposed
			}
		}
		for name, id := range tc.want {
			if got[name] != id {
				t.Errorf("%q: %q proposed as %q, want %q (all: %v)", tc.text, name, got[name], id, got)
			}
		}
		for _, name := range tc.not {
			if got[name] != "" {
				t.Errorf("%q: %q proposed as %q, want nothing", tc.text, name, got[name])
			}
		}
	}
}

// TestGivenHolderOfBody: a name opening with a given name the graph's people bear, then
// "of" and a body with a head, is the holder and the body, as after a title; a head
// before "of" keeps the whole one body.
func TestGivenHolderOfBody(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:lind-tora", Kind: kg.Person, Name: "Tora Lind", Degree: 3},
	})
	for _, tc := range []struct {
		text string
		want map[string]kg.Kind
	}{
		{"Three speakers came to Libya: David Brekke of the Center for Velmar Progress, and two others.",
			map[string]kg.Kind{"David Brekke": kg.Person, "Center for Velmar Progress": kg.Organization}},
		{"The David Institute of Velmar Studies sent staff to Libya.",
			map[string]kg.Kind{"David Institute of Velmar Studies": kg.Organization}},
	} {
		got := proposedKinds(t, g, tc.text)
		for name, kind := range tc.want {
			if got[name] != kind {
				t.Errorf("%q: %q proposed as %q, want %q (all: %v)", tc.text, name, got[name], kind, got)
			}
		}
	}
}

// TestMoreDates: days counted into a year are a day of it; a ticker's month and day
// with no publication date take the year closing its headline; the headline's year,
// "this year" and "today" are not dated.
func TestMoreDates(t *testing.T) {
	for _, tc := range []struct {
		text string
		pub  kg.Date
		want map[string]string // text -> value
	}{
		{"We are only five days into 2019 and the port is busy.", kg.Date{}, map[string]string{"five days into 2019": "2019-01-05"}},
		{"News Ticker 2014\n+++ March 3, Port Visit +++\nThis year the port opened today.", kg.Date{},
			map[string]string{"March 3": "2014-03-03"}},
		{"Port Ticker\n+++ March 3, Port Visit +++", kg.Date{}, map[string]string{"March 3": "--03-03"}},
	} {
		got := map[string]string{}
		for _, d := range findDates(tc.text, tc.pub, nil) {
			got[d.Text] = d.Value
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestPlaceInLeftOutVenue: a place's name right before or after the head of a venue the
// annotation leaves out whole (a house, an American Corner, a library, a museum) is
// part of that venue's name, even where the article links the place elsewhere.
func TestPlaceInLeftOutVenue(t *testing.T) {
	text := "In France, the minister visited Lyon. He opened France House, met readers at American Corner Lyon and at the Lyon American Corner, " +
		"and read at the Central Library of Lyon. France thanked him."
	doc, err := round6aGazetteer().Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for name, wants := range map[string][]string{
		"Lyon":   {"city:fr:lyon", "", "", ""},
		"France": {"country:fr", "", "country:fr"},
	} {
		for i, want := range wants {
			if got := linksAt(t, doc, text, name, i+1); got != want {
				t.Errorf("%s %d -> %q, want %q", name, i+1, got, want)
			}
		}
	}
}

// TestCommonWordPlaces: a town named by a common noun the rules know as a head ("Alliance")
// is the town only with a place's cue about it, whatever country the text names; a
// place inside a programme's name is no mention, nor is a town's lesser name that names
// a programme ("Green Harbour").
func TestCommonWordPlaces(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:vn", Kind: kg.Country, Name: "Vietnam", Degree: 300},
		{ID: "country:fr", Kind: kg.Country, Name: "France", Degree: 900},
		{ID: "region:us:ohio", Kind: kg.Region, Name: "Ohio", Countries: []string{"country:us"}, Degree: 80},
		{ID: "city:us:alliance", Kind: kg.City, Name: "Alliance", Countries: []string{"country:us"}, Regions: []string{"region:us:ohio"}, Population: 6_000, Degree: 2},
		{ID: "city:vn:green-harbour-estate", Kind: kg.City, Name: "Green Harbour Estate", Aliases: []string{"Green Harbour"},
			Countries: []string{"country:vn"}, Population: 40_000, Degree: 2},
		{ID: "city:fr:lyon", Kind: kg.City, Name: "Lyon", Countries: []string{"country:fr"}, Population: 520_000, Degree: 50},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"The United States praised decades of Alliance and friendship.", "Alliance", ""},
		{"The United States mayor went to Alliance last week.", "Alliance", "city:us:alliance"},
		{"The mayor of Alliance, Ohio spoke across the United States.", "Alliance", "city:us:alliance"},
		{"In the United States, the Green Harbour project won praise.", "Green Harbour", ""},
		{"In Vietnam, Green Harbour sells flats.", "Green Harbour", "city:vn:green-harbour-estate"},
		{"In France, the mayor praised the Clean Lyon initiative.", "Lyon", ""},
		{"In France, the mayor praised Lyon.", "Lyon", "city:fr:lyon"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q -> %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestRangesAcrossMonths: a range into another month is one date, its first day, in
// the year its end states (the year before, across the new year), in either order of
// day and month; "and" between two days of different months joins two dates; "Month
// of Year" is a month.
func TestRangesAcrossMonths(t *testing.T) {
	for _, tc := range []struct {
		text, pub string
		want      []string
	}{
		{"The fair ran from June 29 to July 3rd, 2019 in the port.", "2019-07-05",
			[]string{"June 29 to July 3rd, 2019=2019-06-29/stated/"}},
		{"The fair ran from December 30 to January 2, 2020.", "", []string{"December 30 to January 2, 2020=2019-12-30/stated/"}},
		{"The fair ran from 29 June to 3 July 2019.", "", []string{"29 June to 3 July 2019=2019-06-29/stated/"}},
		{"The fair ran from 29 June to 3 July.", "2019-07-05", []string{"29 June to 3 July=2019-06-29/inferred-from-publication/--06-29"}},
		{"They met on 29 June and 3 July 2019.", "", []string{"29 June=--06-29/stated-without-year/", "3 July 2019=2019-07-03/stated/"}},
		{"The flood came in June of 2011.", "", []string{"June of 2011=2011-06/stated/"}},
	} {
		pub, _ := kg.ParseDate(tc.pub)
		var got []string
		for _, d := range findDates(tc.text, pub, sentences(tc.text)) {
			got = append(got, d.Text+"="+d.Value+"/"+d.How+"/"+d.Stated)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q published %q (-want +got):\n%s", tc.text, tc.pub, diff)
		}
	}
}

// TestBareNameCues: bare names the context marks: a chief executive's or partner's
// firm and a list after "investors" are companies; a relative after "my wife" is a
// person, and so is her name repeated; a place a visit opens a sentence with ("In X,
// she"), or "the X community", is a city, its later bare mentions too; a people's
// adjective before "community" is none; ICC is the court every reader knows.
func TestBareNameCues(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:tripoli", Kind: kg.City, Name: "Tripoli", Degree: 20},
	})
	for _, tc := range []struct {
		text string
		want map[string]kg.Kind
		not  []string
	}{
		{"In Tripoli the envoy met Tor Halvang, CEO of Velcorp, partner of Marden-Tech and Ostrava Energy.",
			map[string]kg.Kind{"Velcorp": kg.Company, "Marden-Tech": kg.Company, "Ostrava Energy": kg.Company}, nil},
		{"I thank three large investors here in Libya tonight, Velcorp, Brannock and Ostlund, for their support.",
			map[string]kg.Kind{"Velcorp": kg.Company, "Brannock": kg.Company, "Ostlund": kg.Company}, nil},
		{"My wife Tessaly and I welcome you to Tripoli. Guests like Tessaly and me love Libya.",
			map[string]kg.Kind{"Tessaly": kg.Person}, nil},
		{"The envoy went to Libya. In Varnovo, she met farmers of the Keshtan community. The school of Keshtan opened. The Libyan community came.",
			map[string]kg.Kind{"Varnovo": kg.City, "Keshtan": kg.City}, []string{"Libyan"}},
		{"Reporters in Tripoli asked about an ICC investigation.",
			map[string]kg.Kind{"ICC": kg.Organization}, nil},
	} {
		checkProposed(t, g, tc.text, tc.want, tc.not)
	}
}

// TestLeftOutPeople: a name opening with a Malay or Indonesian word for a village or
// town is a sight, never a person; pieces of a list run together across a comma with a
// body's head word are no one, where a surname written first before a comma is a
// person.
func TestLeftOutPeople(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:id", Kind: kg.Country, Name: "Indonesia", Degree: 200},
	})
	for _, tc := range []struct {
		text string
		not  []string
	}{
		{"The envoy in Indonesia also visited Kampung Merdesa, Kota Tuanah, and a temple.", []string{"Kampung Merdesa", "Kota Tuanah"}},
		{"Indonesia restored three monuments (St. Jorak Church, Stone-cross of Velmar, and a bell).", []string{"Church, Stone-cross"}},
	} {
		got := proposedKinds(t, g, tc.text)
		for _, name := range tc.not {
			if got[name] == kg.Person {
				t.Errorf("%q: %q proposed as a person (all: %v)", tc.text, name, got)
			}
		}
	}
}

// TestListedPlacesAndGreetedSurnames: a bare name in a list between two places is a
// place (a region beside a country or region, a city between cities), wherever else
// the text names it; one beside a single place is not taken. A titled surname in a
// greeting before the full name is that person.
func TestListedPlacesAndGreetedSurnames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:fezzan", Kind: kg.Region, Name: "Fezzan", Countries: []string{"country:ly"}},
		{ID: "city:ly:tripoli", Kind: kg.City, Name: "Tripoli", Countries: []string{"country:ly"}, Population: 1_100_000},
		{ID: "city:ly:sabha", Kind: kg.City, Name: "Sabha", Countries: []string{"country:ly"}, Population: 130_000},
	})
	for _, tc := range []struct {
		text string
		want map[string]kg.Kind
		not  []string
	}{
		{"Welcome to Orvanna! Trade grows in Fezzan, Orvanna, and Libya.",
			map[string]kg.Kind{"Orvanna": kg.Region}, nil},
		{"The convoy ran through Tripoli, Marzak and Sabha.", map[string]kg.Kind{"Marzak": kg.City}, nil},
		{"Libya and Velcorp signed a deal.", nil, []string{"Velcorp"}},
		{"Governor Brekke, guests, welcome to Libya. I thank Governor Halvor Brekke for his hospitality.",
			map[string]kg.Kind{"Brekke": kg.Person, "Halvor Brekke": kg.Person}, nil},
	} {
		checkProposed(t, g, tc.text, tc.want, tc.not)
	}
}

// TestLeftOutBuildings: a palace, whatever it houses, and a church named for a saint
// are buildings, left out, where a church named for its creed is a body; a given name
// run into a surname is no body, where a brand joining other words is one.
func TestLeftOutBuildings(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	for _, tc := range []struct {
		text string
		want map[string]kg.Kind
		not  []string
	}{
		{"In Libya she toured the Velmar Palace of Culture and St. Jorak Church with the Velmar Protestant Church.",
			map[string]kg.Kind{"Velmar Protestant Church": kg.Organization}, []string{"Velmar Palace of Culture", "St. Jorak Church", "Jorak Church"}},
		{"In Libya she toured the JohnVelmaran house museum and met VisitVelmar staff.", nil, []string{"JohnVelmaran"}},
	} {
		checkProposed(t, g, tc.text, tc.want, tc.not)
	}
}

// TestRecalledVisit: a visit the text recalls from years ago makes no event, and an
// everyday given name opens a person's name.
func TestRecalledVisit(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	doc, err := g.Ingest(Article{Text: "Forty years ago, in 1977, Jackie Ostrander paid a visit to Libya."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		if e.Kind == kg.Event {
			t.Errorf("recalled visit made event %q", e.Name)
		}
	}
	if got := proposedKinds(t, g, "Forty years ago, in 1977, Jackie Ostrander paid a visit to Libya."); got["Jackie Ostrander"] != kg.Person {
		t.Errorf("Jackie Ostrander proposed as %q, want Person (all: %v)", got["Jackie Ostrander"], got)
	}
}

// TestShopsAndStations: a café, a magazine and a station named "Radio X" are
// businesses, as a paper is; an envoy named after the station he visits holds no
// office there.
func TestShopsAndStations(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:lind-tora", Kind: kg.Person, Name: "Tora Lind", Degree: 3},
	})
	text := "Ambassador Tora Lind spoke at the Brekkan Café in Libya. A spread ran in Ostral Magazine. At Radio Velmo Ambassador Lind met staff."
	want := map[string]kg.Kind{"Brekkan Café": kg.Company, "Ostral Magazine": kg.Company, "Radio Velmo": kg.Company}
	got := proposedKinds(t, g, text)
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q proposed as %q, want %q (all: %v)", name, got[name], kind, got)
		}
	}
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Relations {
		if f.Type == kg.HoldsPosition && strings.Contains(f.To, "radio") {
			t.Errorf("envoy holds office at the station: %+v", f)
		}
	}
}

// TestLeftOutProgrammes: a fund named for the office-holders who give it, and a body
// named inside a mission's name, are programmes, left out; a fund with a name of its
// own is a body.
func TestLeftOutProgrammes(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	text := "In Libya the grant came through the Ambassadors Fund for Velmar Heritage and a U.S. Embassy Velmar Commission project, beside the Velmar Research Fund."
	got := proposedKinds(t, g, text)
	for _, name := range []string{"Ambassadors Fund for Velmar Heritage", "U.S. Embassy Velmar Commission"} {
		if got[name] != "" {
			t.Errorf("%q proposed as %q, want nothing", name, got[name])
		}
	}
	if got["Velmar Research Fund"] != kg.Organization {
		t.Errorf("Velmar Research Fund proposed as %q, want Organization (all: %v)", got["Velmar Research Fund"], got)
	}
}

// checkProposed checks that text proposes each of want as its kind and none of not.
func checkProposed(t *testing.T, g *Gazetteer, text string, want map[string]kg.Kind, not []string) {
	t.Helper()
	got := proposedKinds(t, g, text)
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q: %q proposed as %q, want %q (all: %v)", text, name, got[name], kind, got)
		}
	}
	for _, name := range not {
		if got[name] != "" {
			t.Errorf("%q: %q proposed as %q, want nothing", text, name, got[name])
		}
	}
}

// TestCompassRegionsAndCounties: a region the graph names by compass points in French
// or hyphenated ("Nord", "South-West") is found by its English name, with or without
// "Region"; a county by its stem unless another entity bears the stem; "Burkina" is the
// country. The sentences and names are made up for this test.
func TestCompassRegionsAndCounties(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:bf", Kind: kg.Country, Name: "Burkina Faso", Degree: 200},
		{ID: "country:cm", Kind: kg.Country, Name: "Cameroon", Degree: 200},
		{ID: "country:lr", Kind: kg.Country, Name: "Liberia", Degree: 200},
		{ID: "region:bf:nord", Kind: kg.Region, Name: "Nord", Countries: []string{"country:bf"}, Degree: 3},
		{ID: "region:cm:north", Kind: kg.Region, Name: "North", Countries: []string{"country:cm"}, Degree: 3},
		{ID: "region:cm:south-west", Kind: kg.Region, Name: "South-West", Countries: []string{"country:cm"}, Degree: 3},
		{ID: "region:lr:velo-county", Kind: kg.Region, Name: "Velo County", Countries: []string{"country:lr"}, Degree: 4},
		{ID: "region:lr:tarma-county", Kind: kg.Region, Name: "Tarma County", Countries: []string{"country:lr"}, Degree: 2},
		{ID: "city:lr:tarma", Kind: kg.City, Name: "Tarma", Countries: []string{"country:lr"}, Regions: []string{"region:lr:tarma-county"}, Degree: 2, Population: 20000},
	})
	for _, tc := range []struct {
		text string
		want map[string]string
	}{
		{"The envoy toured the North Region of Burkina Faso; Burkina welcomed him.",
			map[string]string{"North Region": "region:bf:nord", "Burkina": "country:bf"}},
		{"The envoy toured the Southwest Region of Cameroon.",
			map[string]string{"Southwest Region": "region:cm:south-west"}},
		{"The envoy drove through Velo and Tarma Counties of Liberia, then slept in Tarma.",
			map[string]string{"Velo": "region:lr:velo-county", "Tarma": "city:lr:tarma"}},
	} {
		doc, err := g.Ingest(Article{Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, m := range doc.Mentions {
			if m.Entity != nil {
				if _, ok := got[m.Text]; !ok {
					got[m.Text] = *m.Entity
				}
			}
		}
		for name, id := range tc.want {
			if got[name] != id {
				t.Errorf("%q: %q linked to %q, want %q (all: %v)", tc.text, name, got[name], id, got)
			}
		}
	}
}

// TestAutonomousRegionNames: a region the graph holds by its short name is found under
// its official name with "Autonomous" and a unit's head, the whole name one mention; a
// name the graph holds with "Autonomous" already is not doubled. The names are made up
// for this test.
func TestAutonomousRegionNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:xa", Kind: kg.Country, Name: "Varnia", Degree: 200},
		{ID: "region:xa:upper-velo", Kind: kg.Region, Name: "Upper-Velo", Countries: []string{"country:xa"}, Degree: 3},
		{ID: "region:xa:tarn-autonomous-oblast", Kind: kg.Region, Name: "Tarn Autonomous Oblast", Countries: []string{"country:xa"}, Degree: 3},
	})
	checkLinkCases(t, g, []linkCase{
		{"The delegation flew to the Upper-Velo Autonomous Region of Varnia.",
			[]string{"Upper-Velo Autonomous Region region:xa:upper-velo", "Varnia country:xa"}},
		{"The envoy toured the Tarn Autonomous Oblast and then Upper-Velo.",
			[]string{"Tarn Autonomous Oblast region:xa:tarn-autonomous-oblast", "Upper-Velo region:xa:upper-velo"}},
	})
	if got := autonomousForms("Tarn Autonomous Oblast"); got != nil {
		t.Errorf("autonomousForms of a name with Autonomous = %v, want none", got)
	}
}

// TestPlacesReadInTheTextsCountry: in a text whose places lie in one country, a county's
// stem is that country's county, not a famous namesake abroad, alone in a list or after
// its seat ("Tarn, Velo"); a town named alike at home and, as an old name, abroad is the
// one at home; a town's other name followed by a place it does not lie in names another
// town; and a town's name before a hyphen and a second surname is a person's. The
// names are made up for this test.
func TestPlacesReadInTheTextsCountry(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"U.S."}, Degree: 900},
		{ID: "country:lr", Kind: kg.Country, Name: "Liberia", Degree: 200},
		{ID: "region:us:velo", Kind: kg.Region, Name: "Velo", Countries: []string{"country:us"}, Degree: 110},
		{ID: "region:lr:velo-county", Kind: kg.Region, Name: "Velo County", Countries: []string{"country:lr"}, Degree: 3},
		{ID: "region:lr:kora-county", Kind: kg.Region, Name: "Kora County", Countries: []string{"country:lr"}, Degree: 3},
		{ID: "region:lr:dunmo-county", Kind: kg.Region, Name: "Dunmo County", Countries: []string{"country:lr"}, Degree: 3},
		{ID: "city:lr:tarn", Kind: kg.City, Name: "Tarn", Countries: []string{"country:lr"}, Regions: []string{"region:lr:velo-county"}, Degree: 3, Population: 30000},
		{ID: "city:us:elmford", Kind: kg.City, Name: "Elmford", Aliases: []string{"Tarn", "Ash Landing"}, Countries: []string{"country:us"}, Degree: 8, Population: 40000},
		{ID: "city:lr:senko", Kind: kg.City, Name: "Senko", Countries: []string{"country:lr"}, Regions: []string{"region:lr:kora-county"}, Degree: 3, Population: 20000},
		{ID: "city:lr:buvana", Kind: kg.City, Name: "Buvana", Aliases: []string{"Ash Landing"}, Countries: []string{"country:lr"}, Regions: []string{"region:lr:dunmo-county"}, Degree: 3, Population: 30000},
		{ID: "city:us:hollis", Kind: kg.City, Name: "Hollis", Countries: []string{"country:us"}, Degree: 30, Population: 60000},
		// a town named as the given name is, so only the hyphen tells the surname
		{ID: "city:xx:mary", Kind: kg.City, Name: "Mary", Degree: 5, Population: 90000},
	})
	text := "The U.S. envoy toured Velo, Kora and Dunmo Counties of Liberia. In Senko she met the U.S.-funded clinic's staff. " +
		"She met officials in Tarn, Velo and in Ash Landing, Gorra. At the college in Tarn, Dr. Mary Hollis-Brandt spoke."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range doc.Mentions {
		if m.Entity != nil && (m.Kind == kg.City || m.Kind == kg.Region) {
			got = append(got, m.Text+" "+*m.Entity)
		}
	}
	want := []string{
		"Velo region:lr:velo-county", "Kora region:lr:kora-county", "Dunmo region:lr:dunmo-county", "Senko city:lr:senko",
		"Tarn city:lr:tarn", "Velo region:lr:velo-county", "Tarn city:lr:tarn",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
}

// TestEmbassyInCountry: "the U.S. Embassy in <Country>" (or with the country straight
// after, "U.S. Embassy <Country>") is the one embassy of the United States the graph holds
// in a town of that country (its capital), the whole name one mention; with two such embassies it is left alone. The names are made up for this test.
func TestEmbassyInCountry(t *testing.T) {
	recs := []store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:xv", Kind: kg.Country, Name: "Velmaria", Degree: 50},
		{ID: "city:xv:orsk", Kind: kg.City, Name: "Orskel", Countries: []string{"country:xv"}, Degree: 5, Population: 900000},
		{ID: "consulate:us-embassy-orskel", Kind: kg.Consulate, Name: "Embassy of United States in Orskel",
			Represents: []string{"country:us"}, BasedIn: []string{"city:xv:orsk"}, Degree: 2},
	}
	text := "U.S. Embassy in Velmaria\nThe ambassador toured the coast."
	doc, err := NewGazetteer(recs).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if got := linksAt(t, doc, text, "U.S. Embassy in Velmaria", 1); got != "consulate:us-embassy-orskel" {
		t.Errorf("U.S. Embassy in Velmaria -> %q, want the embassy in Orskel", got)
	}
	// "U.S. Embassy Velmaria": the host country straight after the head, with no "in"
	for _, text := range []string{"Also, U.S. Embassy Velmaria sponsored a booth at the fair.", "U.S. Embassy Velmaria traveled far beyond Orskel."} {
		doc, err := NewGazetteer(recs).Ingest(Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if got := linksAt(t, doc, text, "U.S. Embassy Velmaria", 1); got != "consulate:us-embassy-orskel" {
			t.Errorf("%q: U.S. Embassy Velmaria -> %q, want the embassy in Orskel", text, got)
		}
	}
	recs = append(recs, store.NameRecord{ID: "city:xv:dun", Kind: kg.City, Name: "Dunel", Countries: []string{"country:xv"}, Degree: 3, Population: 90000},
		store.NameRecord{ID: "consulate:us-embassy-dunel", Kind: kg.Consulate, Name: "Embassy of United States in Dunel",
			Represents: []string{"country:us"}, BasedIn: []string{"city:xv:dun"}, Degree: 2})
	doc, err = NewGazetteer(recs).Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Kind == kg.Consulate && m.Entity != nil {
			t.Errorf("two embassies in the country, yet %q -> %s", m.Text, *m.Entity)
		}
	}
}

// An industrial or free-trade zone is an area, no body.
func TestLeftOutZones(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya, the minister opened the Velmar Free Trade Zone beside the Velmar Textile Company.",
		map[string]kg.Kind{"Velmar Textile Company": kg.Company}, []string{"Velmar Free Trade Zone"})
}

// A tour named by a bearing's area ("Midwest tour") names no event: such areas are `-`.
func TestCompassAreaTours(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "From Libya the trade envoy began her Midwest tour, then a Far East tour, before the Harbor Lights tour.",
		map[string]kg.Kind{"Harbor Lights": kg.Event}, []string{"Midwest", "Far East"})
}

// An acronym in brackets defines the name before it when a short lowercase word of the
// name gives its letter, or when the name's initials spell it in another order (a name
// translated, its acronym kept); the acronym then names that body again.
func TestAcronymsSpelledOtherwise(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya the envoy met Friends in Medicine (FIM) and units of the Coastal Guard Brigade (BGC). FIM and the BGC thanked her.",
		map[string]kg.Kind{"Friends in Medicine": kg.Organization, "Coastal Guard Brigade": kg.Organization, "FIM": kg.Organization, "BGC": kg.Organization}, nil)
	// initials in order that spell no acronym define nothing here
	checkProposed(t, g, "In Libya the envoy praised Velmar Harbour Works (XYZ) for its work.", nil, []string{"XYZ"})
}

// A body that a visited place houses ("the base, home to units of X") is no site seen.
func TestHousedBodyIsNoSite(t *testing.T) {
	text := "Harbour Visit\n\nOn May 3, Ana Ruiz visited the Velmar Naval Base, home to units of the Coastal Guard Brigade (BGC)."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range doc.Mentions {
		found = found || m.Text == "Coastal Guard Brigade" && m.Proposed != nil
	}
	if !found {
		t.Fatal("the brigade was not proposed: the test tests nothing")
	}
	for _, r := range doc.Relations {
		if r.Type == kg.VisitedSite && strings.Contains(r.To, "brigade") {
			t.Errorf("%s %s %s: the base houses the brigade, the visit saw the base", r.From, r.Type, r.To)
		}
	}
}

// "association" heads a local body's name at either end ("Association X", "the X Women’s
// association"), and a new body's name of two words is that body wherever it is said.
func TestAssociationsAtEitherEnd(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	text := "In Libya she ate at the café of Nouveau Soleil, praised a mural by Association VELKA and opened the Tamsa Farmers’ association mill. Nouveau Soleil, an association, thanked her."
	checkProposed(t, g, text, map[string]kg.Kind{"Association VELKA": kg.Organization, "Tamsa Farmers’ association": kg.Organization}, nil)
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var at []int
	for _, m := range doc.Mentions {
		if m.Text == "Nouveau Soleil" && m.Proposed != nil {
			at = append(at, m.Start)
		}
	}
	if len(at) != 2 {
		t.Errorf("Nouveau Soleil proposed at %v, want twice", at)
	}
}

// Names in a list that shares a plural place head ("A, B and C Counties") are places,
// never people, there and wherever else the text says them; one the graph holds with the
// head's singular after it is left to the linker.
func TestPlaceListItems(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:kord-county", Kind: kg.Region, Name: "Kord County", Countries: []string{"country:ly"}, Degree: 2},
	})
	checkProposed(t, g, "In Libya she toured Velmar Tosh, Upper Tamsa and Kord Counties. She met the elders in Belo, Velmar Tosh.",
		map[string]kg.Kind{"Velmar Tosh": kg.Region, "Upper Tamsa": kg.Region}, []string{"Kord"})
}

// A bare town before "village" after "at/in", and a dateline's bare town before a
// region's headed name, are cities.
func TestVillagesAndDatelineTowns(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "Tamsaro, Velmar County – The envoy to Libya spoke to elders at Korvela village on Monday.",
		map[string]kg.Kind{"Tamsaro": kg.City, "Korvela": kg.City}, nil)
}

// Clerics' and county officials' titles open no name, a person's name ends in no creed's
// adjective or abstract noun, and "a X Department" is a kind of unit.
func TestTitlesCreedsAndUnits(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya she met County Superintendent Tamsin Vor-Kellan, Eastern Orthodox Patriarch Ilarion Dusk and the Minister for Trade and Velmar Promotion, and planned a Marine Studies Department.",
		map[string]kg.Kind{"Tamsin Vor-Kellan": kg.Person, "Ilarion Dusk": kg.Person},
		[]string{"Eastern Orthodox", "Eastern Orthodox Patriarch", "Velmar Promotion", "Marine Studies Department"})
}

// linksOf ingests text and returns each linked mention's text and entity, in order.
func linksOf(t *testing.T, g *Gazetteer, text string) []string {
	t.Helper()
	return kindLinks(t, g, text, "")
}

// kindLinks is linksOf for the mentions of one kind ("" for all).
func kindLinks(t *testing.T, g *Gazetteer, text string, k kg.Kind) []string {
	t.Helper()
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range doc.Mentions {
		if m.Entity != nil && (k == "" || m.Kind == k) {
			out = append(out, m.Text+" "+*m.Entity)
		}
	}
	return out
}

// articleLinks ingests a and returns its linked mentions as "text=id", in order, joined
// by spaces.
func articleLinks(t *testing.T, g *Gazetteer, a Article) string {
	t.Helper()
	doc, err := g.Ingest(a)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range doc.Mentions {
		if m.Entity != nil {
			out = append(out, m.Text+"="+*m.Entity)
		}
	}
	return strings.Join(out, " ")
}

// linkCase is a text and the links wanted of it, as linksOf gives them.
type linkCase struct {
	text string
	want []string
}

// checkLinkCases compares each case's links with those wanted.
func checkLinkCases(t *testing.T, g *Gazetteer, cases []linkCase) {
	t.Helper()
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, linksOf(t, g, tc.text)); diff != "" {
			t.Errorf("links of %q (-want +got):\n%s", tc.text, diff)
		}
	}
}

// A word the text gives a person as a family name (after a given name of the lexicon,
// or in a full name a title follows after a comma) is no town anywhere in the text, in
// capitals too; a town's name before ", Ambassador <Name>" is still the town.
func TestFamilyNameIsNoTown(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:holloway", Kind: kg.City, Name: "Holloway", Countries: []string{"country:ly"}, Degree: 3},
		{ID: "city:ly:tamsaro", Kind: kg.City, Name: "Tamsaro", Countries: []string{"country:ly"}, Degree: 3},
	})
	checkLinkCases(t, g, []linkCase{
		{"Brian R. Holloway toured Libya. Holloway praised the farms.", []string{"Libya country:ly"}},
		{"ZED HOLLOWAY IN LIBYA\nZed Holloway, Under Secretary of Trade, toured Libya. Holloway praised the farms.",
			[]string{"LIBYA country:ly", "Libya country:ly"}},
		{"In Tamsaro, Ambassador Vel met farmers from Holloway in Libya.",
			[]string{"Tamsaro city:ly:tamsaro", "Holloway city:ly:holloway", "Libya country:ly"}},
	})
}

// A town reached only by another of its names gives way to a far larger city that alone
// bears the name as its own, unless something in the text speaks for the town; a place's
// other name of three letters or fewer needs a cue word, its region or a partner.
func TestAliasGivesWayToOwnName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 500},
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:velmora", Kind: kg.City, Name: "Velmora", Countries: []string{"country:ly"}, Population: 2_000_000, Degree: 20},
		{ID: "city:us:ashby", Kind: kg.City, Name: "Ashby", Aliases: []string{"Velmora"}, Countries: []string{"country:us"}, Population: 400_000, Degree: 8},
		{ID: "city:ly:tamsaro", Kind: kg.City, Name: "Tamsaro", Aliases: []string{"Lu"}, Countries: []string{"country:ly"}, Population: 1_500_000, Degree: 20},
	})
	checkLinkCases(t, g, []linkCase{
		{"The consul of the United States met the mayor in Velmora. Firms invest in Velmora.",
			[]string{"United States country:us", "Velmora city:ly:velmora", "Velmora city:ly:velmora"}},
		{"Uncle Lu came to Libya.", []string{"Libya country:ly"}},
	})
}

// An office the text gives a named person in apposition is said of that person
// wherever it stands: it links no office holder the graph knows, and its place stays.
func TestOfficeInApposition(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:velmora", Kind: kg.City, Name: "Velmora", Countries: []string{"country:ly"}, Population: 2_000_000, Degree: 20},
		{ID: "person:orsolya-cande", Kind: kg.Person, Name: "Orsolya Cande", Degree: 1,
			Positions: []store.Position{{Title: "Mayor", Body: "city:ly:velmora", Since: "2016-01-01"}}},
	})
	text := "The Consul Meets the Mayor of Velmora\nThe consul called on Ori Cande, the Mayor of Velmora, in Libya."
	want := []string{"Velmora city:ly:velmora", "Velmora city:ly:velmora", "Libya country:ly"}
	if diff := cmp.Diff(want, linksOf(t, g, text)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// A one-word town's name after "National" or "Federal" is the noun of a longer name
// ("the National Hymn"), never the town; the town said alone stays.
func TestTownAfterNational(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:hymn", Kind: kg.City, Name: "Hymn", Countries: []string{"country:ly"}, Population: 30_000, Degree: 3},
	})
	want := []string{"Libya country:ly", "Hymn city:ly:hymn"}
	if diff := cmp.Diff(want, linksOf(t, g, "In Libya the choir sang the National Hymn, then toured Hymn.")); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// Places that open or chain into the name of an agreement or a declaration are part of
// that name; a place where an agreement is signed is still the place.
func TestPlacesInDocumentNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:td", Kind: kg.Country, Name: "Chad", Degree: 200},
		{ID: "city:ly:velmora", Kind: kg.City, Name: "Velmora", Countries: []string{"country:ly"}, Population: 2_000_000, Degree: 20},
	})
	checkLinkCases(t, g, []linkCase{
		{"The envoy praised the Libya-Chad-Agreement and the Velmora Declaration on Water.", nil},
		{"The envoy signed the Agreement in Velmora with Libya.", []string{"Velmora city:ly:velmora", "Libya country:ly"}},
	})
}

// A person the graph holds with a middle name is found by the first given name's initial,
// the middle name and the surname in full; another initial is someone else.
func TestPersonByInitialAndMiddleName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:vadas-orsolya-maren", Kind: kg.Person, Name: "Orsolya Maren Vadas", Degree: 3},
	})
	checkLinkCases(t, g, []linkCase{
		{"Consul O. Maren Vadas toured Libya.", []string{"O. Maren Vadas person:vadas-orsolya-maren", "Libya country:ly"}},
		{"Consul K. Maren Vadas toured Libya.", []string{"Libya country:ly"}},
	})
}

// A country's short form opening the name of a plan, a strategy or a fleet is part of
// that name; before a common word it is the country.
func TestCountryOpeningPlanName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 500},
	})
	checkLinkCases(t, g, []linkCase{
		{"The envoy praised the U.S. Strategy for Coastal Towns and the U.S. Northern Fleet.", nil},
		{"Clinics are paid by the United States President’s Relief Plan.", nil},
		{"The envoy praised the U.S. role in coastal towns.", []string{"U.S. country:us"}},
	})
}

// A listed agency's acronym, never spelled out, is the agency wherever it stands: before
// a hyphen, a possessive or a country's name.
func TestAgencyAcronyms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya she opened a USAID-funded well, met CDC Libya staff and praised UNICEF’s nurses. The VELCO team came too.",
		map[string]kg.Kind{"USAID": kg.Organization, "CDC": kg.Organization, "UNICEF": kg.Organization}, []string{"VELCO"})
}

// A body in a backer's compound ("a Velco-funded farm") or before its partner paid for or
// worked with what the visit saw; it is no site.
func TestBackerIsNoSite(t *testing.T) {
	text := "Ambassador Ana Ruiz Visits Libya\n\nOn May 3, Ambassador Ana Ruiz traveled to Tripoli. She visited a USAID-supported farm of the Velmar Growers Association."
	doc, err := fixtureGazetteer(t).Ingest(Article{Text: text, Meta: Meta{Title: "Test", Published: "2011-05-07"}})
	if err != nil {
		t.Fatal(err)
	}
	var sites []string
	for _, r := range doc.Relations {
		if r.Type == kg.VisitedSite || r.Type == kg.ParticipatedIn && strings.Contains(r.From, "usaid") {
			sites = append(sites, r.From+" "+r.To)
		}
	}
	if slices.ContainsFunc(sites, func(s string) bool { return strings.Contains(s, "usaid") }) || !slices.ContainsFunc(sites, func(s string) bool { return strings.Contains(s, "velmar") }) {
		t.Errorf("sites %v: want the cooperative, not the backer", sites)
	}
}

// A firm every reader knows by a bare name is the company; one whose name is also a
// common word or a place's only beside a known one in a list; and a word in lowercase
// never repeats a surname.
func TestKnownCompaniesAndLowercaseSurnames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya, Minister Tamsin Said praised Apple, Google and Amazon. The Ambassador said the Amazon is far.",
		map[string]kg.Kind{"Apple": kg.Company, "Google": kg.Company, "Tamsin Said": kg.Person}, []string{"said"})
	doc, err := g.Ingest(Article{Text: "In Libya she flew over the Amazon with Apple staff."})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range doc.Mentions {
		if m.Proposed != nil && (m.Text == "Amazon" || m.Text == "Apple") {
			t.Errorf("%q proposed as %s: no known firm stands beside it", m.Text, m.Kind)
		}
	}
}

// A relief plan, a treatment, a grant and a name the text calls a programme are left
// out with their acronyms; "Government of X" is the country, no new body.
func TestProgrammesAndGovernmentsLeftOut(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya she praised the Velmar Plan for Malaria Relief (VPMR), the Tamsa Seed Grant and Kord Cares, a program of the Government of Libya, with the Velmar Growers Association. VPMR helps.",
		map[string]kg.Kind{"Velmar Growers Association": kg.Organization},
		[]string{"Velmar Plan for Malaria Relief", "VPMR", "Tamsa Seed Grant", "Kord Cares", "Government of Libya"})
}

// An agency's administrator and an officer's rank are titles before a name, never part
// of it.
func TestAdministratorAndRanks(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "In Libya, Administrator Tamsin Velk met Rear Admiral Ilar Dusk and Colonel Varo Keth.",
		map[string]kg.Kind{"Tamsin Velk": kg.Person, "Ilar Dusk": kg.Person, "Varo Keth": kg.Person},
		[]string{"Administrator Tamsin Velk", "Rear Admiral Ilar Dusk", "Colonel Varo Keth"})
}

// A bare town before a comma and a district's headed name is a city, the district a
// region; a clinic's name is a body's.
func TestTownsInDistrictsAndClinics(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "On her trip to Libya she spoke in Korvela, Tosh District, and toured the Amri Clinic.",
		map[string]kg.Kind{"Korvela": kg.City, "Tosh District": kg.Region, "Amri Clinic": kg.Organization}, nil)
}

// A bare surname two people in the text bear, one of them the graph's, is no new
// person's; a government named by its head's surname is left out; a home for someone
// is a body.
func TestSharedSurnamesAdministrationsAndHomes(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:velk-tamsin", Kind: kg.Person, Name: "Tamsin Velk", Degree: 5},
	})
	checkProposed(t, g, "In Libya, Tamsin Velk and Orla Velk greeted the guests. Ambassador Velk spoke of the Velk Administration and toured the Kord Home for Veterans.",
		map[string]kg.Kind{"Orla Velk": kg.Person, "Kord Home for Veterans": kg.Organization}, []string{"Velk", "Velk Administration"})
}

// A town's one-word name right after a given name is a person's surname ("Ted
// Velmar"); an office's initials before it ("PA Velmar") are no given name.
func TestGivenNameBeforeTown(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:velmar", Kind: kg.City, Name: "Velmar", Countries: []string{"country:ly"}, Degree: 3},
	})
	checkProposed(t, g, "In Libya, Ted Velmar met farmers.", map[string]kg.Kind{"Ted Velmar": kg.Person}, nil)
	checkProposed(t, g, "The Consul and PA Velmar welcomed ten guests to Libya.", nil, []string{"PA Velmar", "Velmar"})
}

// An armed group named by its acronym is a body; "Akim" is a governor's title, no given
// name; a name that chains its father's names with "bin" is one person's however long,
// and so is a name after a trade ("Businessman"); a day's celebration is an event, an
// anniversary's is not; a named round of talks ("Consultations") is an event too. The
// sentences and names are made up for this test.
func TestArmedGroupsTitlesNasabAndCelebrations(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
	})
	checkProposed(t, g, "In Oman the envoy spoke of the fight against ISIL. Deputy Akim Tolegenov joined them.",
		map[string]kg.Kind{"ISIL": kg.Organization}, []string{"Akim Tolegenov"})
	checkProposed(t, g, "We welcomed Dr. Sheikh Tariq bin Salim bin Omar Al Rawahi to the Annual Flag Day Celebration in Oman.",
		map[string]kg.Kind{"Tariq bin Salim bin Omar Al Rawahi": kg.Person, "Annual Flag Day Celebration": kg.Event}, nil)
	checkProposed(t, g, "Oman held the Velmar-Oman Annual Bilateral Consultations in May.",
		map[string]kg.Kind{"Velmar-Oman Annual Bilateral Consultations": kg.Event}, nil)
	checkProposed(t, g, "Omani Businessman Fahad Al Sabri hosted the 30th Anniversary Celebration in Oman.",
		map[string]kg.Kind{"Fahad Al Sabri": kg.Person}, []string{"30th Anniversary Celebration", "Businessman Fahad Al Sabri"})
}

// A given name alone is the new person the page names in full later ("friends like
// Tommy" before "Consul Tommy Reld"); a style alone ("the Prince") repeats no name; a
// holiday is no place; a heading's format ("Press Conference", "Town Hall Meeting") is
// no named event; a centre of fairs is a venue. The sentences and names are made up for this test.
func TestGivenFirstStylesHolidaysAndFormats(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "city:om:sohar", Kind: kg.City, Name: "Sohar", Countries: []string{"country:om"}, Degree: 3},
	})
	doc, err := g.Ingest(Article{Text: "Old friends like Tommy came to Sohar for Eid celebrations outside the cities.\n\nThe departing Consul Tommy Reld thanked Prince Faisal Velari. The Prince smiled."})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range doc.Mentions {
		if m.Proposed != nil {
			got[m.Text] = *m.Proposed
		}
	}
	if got["Tommy"] == "" || got["Tommy"] != got["Tommy Reld"] {
		t.Errorf("Tommy proposed as %q, Tommy Reld as %q: want one person", got["Tommy"], got["Tommy Reld"])
	}
	for _, w := range []string{"Eid", "Prince"} {
		if got[w] != "" {
			t.Errorf("%q proposed as %q, want nothing", w, got[w])
		}
	}
	checkProposed(t, g, "Envoy Tora Lind Sohar Press Conference\n\nShe spoke at a Town Hall Meeting in Oman.", nil,
		[]string{"Tora Lind Sohar Press Conference", "Hall Meeting", "Town Hall Meeting"})
	// a centre of fairs or conventions is a venue, its acronym with it
	checkProposed(t, g, "They met at the Sohar Center of Fairs and Conventions (SCFC) in Oman; the SCFC was full.", nil,
		[]string{"Sohar Center of Fairs and Conventions", "SCFC", "Center of Fairs and Conventions"})
}

// A country's embassy named by the country alone is the linker's to read, never a new
// body; a "Virtual Consulate" is a website, no mission; "Goat Country" is no person.
// The sentences and names are made up for this test.
func TestCountryEmbassiesAndVirtualConsulates(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	checkProposed(t, g, "Staff of the Libya Embassy in Oman visited the Velmar Clinic. Welcome to the Virtual Consulate of Libya for Sohar.",
		map[string]kg.Kind{"Velmar Clinic": kg.Organization}, []string{"Libya Embassy", "Virtual Consulate", "Virtual Consulate of Libya"})
	// a land's common noun ends a region's nickname, no one's name
	checkProposed(t, g, "Ambassador Tora Lind visited Goat Country in Oman.", map[string]kg.Kind{"Tora Lind": kg.Person}, []string{"Goat Country"})
}

// "U.S." before capitalised words a body's head ends is a federal body, "U.S." part of
// its name; a title after it ends it; a compound and a government are none. The
// sentences and names are made up for this test.
func TestFederalBodies(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:om", Kind: kg.Country, Name: "Oman", Degree: 200},
	})
	checkProposed(t, g, "Envoy Visit\n\nIn Oman, staff of U.S. Harbor Patrol Service and the U.S. Arctic Fleet Commander Tora Lind met U.S. Government-funded farmers and praised the U.S. Government’s aid.",
		map[string]kg.Kind{"U.S. Harbor Patrol Service": kg.Organization, "U.S. Arctic Fleet": kg.Organization},
		[]string{"U.S. Arctic Fleet Commander", "U.S. Government", "U.S. Government-funded"})
}

// A day without a year that a holiday's name gives after "of" recurs every year: it is
// the holiday's, not a day of the text. With a year it is a date.
func TestHolidayDayIsNoDate(t *testing.T) {
	pub := kg.Date{Year: 2019, Month: 6, Day: 20}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The mission marked its Founding Day Holiday of March 9th with a dinner.", nil},
		{"The mission marked its Founding Day Holiday of March 9, 2018 with a dinner.", []string{"March 9, 2018 2018-03-09"}},
		{"The mission held a dinner on March 9.", []string{"March 9 2019-03-09"}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Text+" "+d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// A generic region's name ("Western Province") links only to the region of a country the
// text names (no country named, no link); where the text's country holds one region of that compass word under
// another head, that region is meant; a country of two words opens a paired meeting's
// name, and is part of it.
func TestGenericRegionsAndPairedNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:ke", Kind: kg.Country, Name: "Kenya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "region:ke:western-region", Kind: kg.Region, Name: "Western Region", Countries: []string{"country:ke"}, Degree: 9},
		{ID: "region:ly:western-province", Kind: kg.Region, Name: "Western Province", Countries: []string{"country:ly"}, Degree: 3},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"In Libya, the envoy met the governor of the Western Region.", "Western Region", "region:ly:western-province"},
		{"In Kenya, the envoy met the governor of the Western Region.", "Western Region", "region:ke:western-region"},
		{"The envoy met the governor of the Western Region.", "Western Region", ""},
		{"The envoy met the governor of the Western Region in Libya and Chad.", "Western Region", "region:ly:western-province"},
		{"They spoke at the United States-Libya Annual Bilateral Dialogue in May.", "United States", ""},
		{"The United States and Libya spoke in May.", "United States", "country:us"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q links %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// A name the text gives a region's head ("Orvo Oblast", "the Orvo and Tessa provinces")
// is the region wherever the text names it, its bare repeats too, when the graph's city
// of that name lies in a region that bears it (one letter apart allowed); a city cue
// keeps the city, and a head after a comma is the region of the town before it. Before
// "Governor" the name is that region there alone.
func TestRegionHeadAttachedToName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:kestrah", Kind: kg.Region, Name: "Kestrah", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:kestra", Kind: kg.City, Name: "Kestra", Aliases: []string{"Kestraa"}, Countries: []string{"country:ly"}, Regions: []string{"region:ly:kestrah"}, Population: 900, Degree: 2},
		{ID: "region:ly:tessara-province", Kind: kg.Region, Name: "Tessara Province", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Regions: []string{"region:ly:tessara-province"}, Population: 50000, Degree: 3},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:kelvado", Kind: kg.City, Name: "Kelvado", Countries: []string{"country:ly"}, Regions: []string{"region:ly:marn"}, Population: 50000, Degree: 3},
	})
	for _, tc := range []struct {
		text, name string
		nth        int
		want       string
	}{
		{"In Libya, the envoy toured Tessara and Kelvado departments. In Tessara she met farmers.", "Tessara", 2, "region:ly:tessara-province"},
		{"In Libya, the envoy toured Tessara and Kelvado departments. In Tessara she met farmers.", "Kelvado", 1, ""},
		{"In Libya, the envoy toured Tessara Province. She met the Mayor of Tessara.", "Tessara", 2, "city:ly:tessara"},
		{"In Libya, the envoy toured the farms of Tessara, Marn province.", "Tessara", 1, "city:ly:tessara"},
		{"In Libya, the envoy met farmers in Tessara.", "Tessara", 1, "city:ly:tessara"},
		{"In Libya, the envoy praised Kestra Oblast. Kestra grows wheat.", "Kestra", 2, "region:ly:kestrah"},
		{"In Libya, the envoy met Kestra Governor Ada Lind in Kestra.", "Kestra", 1, "region:ly:kestrah"},
		{"In Libya, the envoy met Kestra Governor Ada Lind in Kestra.", "Kestra", 2, "city:ly:kestra"},
		{"In Libya, the envoy met Kelvado Governor Ada Lind.", "Kelvado", 1, "city:ly:kelvado"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, tc.nth); got != tc.want {
			t.Errorf("%q: %q (%d) links %q, want %q", tc.text, tc.name, tc.nth, got, tc.want)
		}
	}
}

// A mission's name in a headline runs on into the headline's words: its seat is the
// longest run of first words that names a place, and the place is part of the name.
// "United States Embassy in <country>" is the one embassy the graph holds there, named
// by its country's name as by its short form.
func TestMissionSeatsInHeadlinesAndCountryNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Population: 50000, Degree: 3},
		{ID: "consulate:united-states-of-america-embassy-tessara", Kind: kg.Consulate, Name: "Embassy of the United States of America in Tessara",
			Represents: []string{"country:us"}, BasedIn: []string{"city:ly:tessara"}, Degree: 2},
		{ID: "city:ly:marn", Kind: kg.City, Name: "Marn", Countries: []string{"country:ly"}, Population: 9000, Degree: 3},
	})
	text := "U.S. Consulate General Marn Welcomes Visitors\n\nThe United States Embassy in Libya said the visit to Marn went well."
	if got := ingestLinkAt(t, g, text, "Marn", 1); got != "" {
		t.Errorf("Marn in the consulate's name links %q, want none", got)
	}
	if got := ingestLinkAt(t, g, text, "Marn", 2); got != "city:ly:marn" {
		t.Errorf("the visit's Marn links %q, want city:ly:marn", got)
	}
	if got := ingestLinkAt(t, g, text, "United States Embassy in Libya", 1); got != "consulate:united-states-of-america-embassy-tessara" {
		t.Errorf("United States Embassy in Libya links %q, want the embassy in Tessara", got)
	}
}

// "U.S" without its last dot before a capitalised word is the country's short form.
func TestUndottedShortForm(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
	})
	if got := ingestLinkAt(t, g, "The U.S Ambassador in Libya met farmers.", "U.S", 1); got != "country:us" {
		t.Errorf("U.S links %q, want country:us", got)
	}
	if got := ingestLinkAt(t, g, "He met farmers in the U.S. and in Libya.", "U.S.", 1); got != "country:us" {
		t.Errorf("U.S. links %q, want country:us", got)
	}
}

// A one-word place after an office's "in" and before a given name is the office's seat,
// its holder named after it; elsewhere a place before capitalised words opens a name.
func TestSeatBeforeHolder(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Population: 50000, Degree: 3},
	})
	if got := ingestLinkAt(t, g, "In Libya the governor received the Consul General in Tessara John Velk.", "Tessara", 1); got != "city:ly:tessara" {
		t.Errorf("the seat links %q, want city:ly:tessara", got)
	}
	if got := ingestLinkAt(t, g, "In Libya the governor opened the Tessara Velk Hall.", "Tessara", 1); got != "" {
		t.Errorf("Tessara inside a name links %q, want none", got)
	}
}

// A graph person of a double surname ("Ortiz-Vela") is named by its first part alone.
func TestDoubleSurnameFirstPart(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:ortiz-vela-ana-m", Kind: kg.Person, Name: "Ana M. Ortiz-Vela", Degree: 4,
			Positions: []store.Position{{Title: "Ambassador", Body: "country:ly"}}},
	})
	if got := ingestLinkAt(t, g, "Remarks by Ambassador Ana M. Ortiz in Libya.", "Ana M. Ortiz", 1); got != "person:ortiz-vela-ana-m" {
		t.Errorf("Ana M. Ortiz links %q, want person:ortiz-vela-ana-m", got)
	}
	if got := ingestLinkAt(t, g, "Remarks by Ambassador Ana M. Vela in Libya.", "Ana M. Vela", 1); got == "person:ortiz-vela-ana-m" {
		t.Errorf("Ana M. Vela links %q, want no graph person", got)
	}
}

// "The Embassy in <city>" at a sentence's start is the graph's embassy there of the
// country the text names; a headline's "U.S. Embassy Celebrates ..." names no seat and is
// the one U.S. embassy in the country the text is about.
func TestEmbassyAtSentenceStartAndInHeadline(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 300},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Population: 50000, Degree: 3},
		{ID: "consulate:united-states-of-america-embassy-tessara", Kind: kg.Consulate, Name: "Embassy of the United States of America in Tessara",
			Represents: []string{"country:us"}, BasedIn: []string{"city:ly:tessara"}, Degree: 2},
	})
	const want = "consulate:united-states-of-america-embassy-tessara"
	text := "The Embassy in Tessara serves the United States in Libya."
	if got := ingestLinkAt(t, g, text, "Embassy in Tessara", 1); got != want {
		t.Errorf("%q: links %q, want %q", text, got, want)
	}
	text = "The U.S. Embassy Celebrates a Holiday\n\nGuests came to the residence in Tessara, Libya."
	if got := ingestLinkAt(t, g, text, "U.S. Embassy", 1); got != want {
		t.Errorf("%q: links %q, want %q", text, got, want)
	}
}

// A name after a navy's ship prefix or a ship word is the ship's, a place opening a
// sight's or a named facility's name is the name's ("the Kestra base" only where the text
// names the Kestra Naval Base), the United States' short form opening a body's name is
// the body's, a pair of countries opening a framework's name is the name's, and a
// capitalised "Region(s)" head makes that mention the region.
func TestShipsSightsAndBodiesOpenedByNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "person:lind-ada", Kind: kg.Person, Name: "Ada Lind", Degree: 40},
		{ID: "city:ly:kestra", Kind: kg.City, Name: "Kestra", Countries: []string{"country:ly"}, Population: 90000, Degree: 6},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:marn", Kind: kg.City, Name: "Marn", Countries: []string{"country:ly"}, Regions: []string{"region:ly:marn"}, Population: 50000, Degree: 3},
	})
	for _, tc := range []struct {
		text, name string
		nth        int
		want       string
	}{
		{"In Libya, sailors toured the USS Ada Lind in port.", "Ada Lind", 1, ""},
		{"In Libya, sailors lined the deck of the carrier Ada Lind.", "Ada Lind", 1, ""},
		{"In Libya, Ada Lind met sailors.", "Ada Lind", 1, "person:lind-ada"},
		{"In Libya, the envoy toured Kestra castle with the mayor.", "Kestra", 1, ""},
		{"In Libya, the envoy left Kestra Central Station at noon.", "Kestra", 1, ""},
		{"In Libya, the envoy saw Kestra Naval Base. The Kestra base employs many.", "Kestra", 2, ""},
		{"In Libya, the envoy saw farms near Kestra after the Kestra base closed.", "Kestra", 2, "city:ly:kestra"},
		{"In Libya, the envoy met the Mayor of Kestra.", "Kestra", 1, "city:ly:kestra"},
		{"In Libya, the lab works with the U.S. National Institutes of Health on vaccines.", "U.S.", 1, ""},
		{"In Libya, the lab works with U.S. partners on vaccines.", "U.S.", 1, "country:us"},
		{"The envoy praised the Libya-United States Joint Framework for Trade.", "Libya", 1, ""},
		{"In Libya, the envoy toured Kestra and Marn Regions. She met students.", "Marn", 1, "region:ly:marn"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, tc.nth); got != tc.want {
			t.Errorf("%q: %q (%d) links %q, want %q", tc.text, tc.name, tc.nth, got, tc.want)
		}
	}
}

// A date after "since" or a taking of office dates no event; "this <weekday>" is the
// coming one, a bare weekday the last one.
func TestSinceAndThisWeekday(t *testing.T) {
	pub := kg.Date{Year: 2021, Month: 3, Day: 10} // a Wednesday
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The fair opens this Saturday in the capital.", []string{"this Saturday 2021-03-13"}},
		{"The fair opened on Saturday in the capital.", []string{"Saturday 2021-03-06"}},
	} {
		var got []string
		for _, d := range findDates(tc.text, pub, nil) {
			got = append(got, d.Text+" "+d.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDates(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
	for _, tc := range []struct {
		text, date string
		want       bool
	}{
		{"in her first trip since taking office last month, she met", "last month", true},
		{"since 2019, the school has grown", "2019", true},
		{"she met the mayor last month in the port", "last month", false},
	} {
		if got := notEventDate(tc.text, strings.Index(tc.text, tc.date)); got != tc.want {
			t.Errorf("notEventDate(%q, %q) = %v, want %v", tc.text, tc.date, got, tc.want)
		}
	}
}

// A one-word name that is only an alias of a small town, with nothing in the text for
// the town but its country, is left unlinked (the island or district of that name is
// meant more often); the town's own name, or a large town's alias, still links.
func TestSmallTownAlias(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "city:ly:hamra", Kind: kg.City, Name: "Hamra", Aliases: []string{"Tessima"}, Countries: []string{"country:ly"},
			Partners: []string{"city:ca:north-bay"}, Population: 3000, Degree: 3},
		{ID: "city:ly:orvane", Kind: kg.City, Name: "Orvane", Aliases: []string{"Orvanopolis"}, Countries: []string{"country:ly"},
			Partners: []string{"city:ca:north-bay"}, Population: 300_000, Degree: 3},
	})
	for _, tc := range []struct {
		text, name string
		want       string
	}{
		{"In Libya, the envoy sailed to Tessima to see museums.", "Tessima", ""},
		{"In Libya, the envoy sailed to Hamra to see museums.", "Hamra", "city:ly:hamra"},
		{"In Libya, the envoy travelled to Orvanopolis to see museums.", "Orvanopolis", "city:ly:orvane"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q links %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// A twin name (a city and the region of one name) whose every cue says the region, with
// no city word, mayor or visit at it anywhere, is the region in its bare repeats too; a
// region named beside a city of its own that the text links needs no country named.
func TestRegionOnlyCuedAndRegionOfLinkedCity(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 20},
		{ID: "city:ly:marn", Kind: kg.City, Name: "Marn", Countries: []string{"country:ly"}, Regions: []string{"region:ly:marn"}, Population: 50000, Degree: 3},
		{ID: "region:ly:sorn", Kind: kg.Region, Name: "Sorn", Countries: []string{"country:ly"}, Degree: 60},
		{ID: "city:ly:vella", Kind: kg.City, Name: "Vella", Countries: []string{"country:ly"}, Regions: []string{"region:ly:sorn"}, Population: 2_000_000, Degree: 30},
	})
	for _, tc := range []struct {
		text, name string
		nth        int
		want       string
	}{
		{"In Libya, the envoy met Marn Governor Ada Lind. She praised Marn and its people.", "Marn", 2, "region:ly:marn"},
		{"In Libya, the envoy met Marn Governor Ada Lind and the Marn Mayor. She praised Marn and its people.", "Marn", 3, ""},
		{"The envoy enjoyed a day here in Vella. She is in Sorn to meet farmers.", "Sorn", 1, "region:ly:sorn"},
		{"The envoy enjoyed a day at the lake. She is in Sorn to meet farmers.", "Sorn", 1, ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, tc.nth); got != tc.want {
			t.Errorf("%q: %q (%d) links %q, want %q", tc.text, tc.name, tc.nth, got, tc.want)
		}
	}
}

// "from across <name>" is the region the town of that name lies in, when the region
// bears the name; elsewhere the town stays.
func TestAcrossIsRegion(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:tessara-department", Kind: kg.Region, Name: "Tessara Department", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Regions: []string{"region:ly:tessara-department"}, Population: 200_000, Degree: 6},
	})
	for text, want := range map[string]string{
		"In Libya, growers from across Tessara met the envoy.": "region:ly:tessara-department",
		"In Libya, growers from Tessara met the envoy.":        "city:ly:tessara",
	} {
		if got := ingestLinkAt(t, g, text, "Tessara", 1); got != want {
			t.Errorf("%q: Tessara links %q, want %q", text, got, want)
		}
	}
}

// A visit's word settles a twin pair (a town and its region of one name) for the town,
// but a region of that name elsewhere, no twin, is still weighed as a namesake: "arrived
// in Verana" in a text on the United States is its state, not another country's town.
func TestTwinSenseSparesOtherRegions(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "region:us:verana", Kind: kg.Region, Name: "Verana", Countries: []string{"country:us"}, Degree: 200},
		{ID: "region:ly:verana", Kind: kg.Region, Name: "Verana", Countries: []string{"country:ly"}, Degree: 2},
		{ID: "city:ly:verana", Kind: kg.City, Name: "Verana", Countries: []string{"country:ly"}, Regions: []string{"region:ly:verana"}, Population: 30000, Degree: 2},
	})
	text := "The United States team welcomed the striker, who arrived in Verana this week."
	if got := ingestLinkAt(t, g, text, "Verana", 1); got != "region:us:verana" {
		t.Errorf("%q: Verana links %q, want region:us:verana", text, got)
	}
}

// "the <name> government" of a city whose region bears its name (its head aside) could
// be either's government: no link. A city whose region is named otherwise keeps it.
func TestEitherGovernment(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:tessara-department", Kind: kg.Region, Name: "Tessara Department", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:tessara", Kind: kg.City, Name: "Tessara", Countries: []string{"country:ly"}, Regions: []string{"region:ly:tessara-department"}, Population: 200_000, Degree: 6},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 5},
		{ID: "city:ly:kelvado", Kind: kg.City, Name: "Kelvado", Countries: []string{"country:ly"}, Regions: []string{"region:ly:marn"}, Population: 200_000, Degree: 6},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"In Libya, the envoy thanked the Tessara government for its help.", "Tessara", ""},
		{"In Libya, the envoy thanked the Kelvado government for its help.", "Kelvado", "city:ly:kelvado"},
		{"In Libya, the envoy thanked the people of Tessara for their help.", "Tessara", "city:ly:tessara"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q links %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// A city that bears a name only as another of its names gives way to the region of its
// country whose own name it is, unless the text gives the city evidence of its own.
func TestRegionOwnsItsName(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:doran", Kind: kg.Region, Name: "Doran", Countries: []string{"country:ly"}, Degree: 40},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 40},
		{ID: "city:ly:kelvado", Kind: kg.City, Name: "Kelvado", Aliases: []string{"Doran"}, Countries: []string{"country:ly"}, Regions: []string{"region:ly:marn"}, Population: 1_200_000, Degree: 6},
	})
	for _, tc := range []struct{ text, want string }{
		{"In Libya, officials from Marn and Doran greeted the envoy.", "region:ly:doran"},
		{"In Libya, the envoy toured Doran City and its port.", "city:ly:kelvado"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Doran", 1); got != tc.want {
			t.Errorf("%q: Doran links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A trip told as a visit to a list of regions ("visited the regions of ...") makes a
// later bare visit to one of them the region, not its capital of one name; without
// that opening, the visit keeps the town.
func TestVisitedRegionList(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:doran", Kind: kg.Region, Name: "Doran", Countries: []string{"country:ly"}, Degree: 8},
		{ID: "region:ly:marn", Kind: kg.Region, Name: "Marn", Countries: []string{"country:ly"}, Degree: 8},
		{ID: "region:ly:sabet", Kind: kg.Region, Name: "Sabet", Countries: []string{"country:ly"}, Degree: 8},
		{ID: "city:ly:doran", Kind: kg.City, Name: "Doran", Countries: []string{"country:ly"}, Regions: []string{"region:ly:doran"}, Population: 200_000, Degree: 2},
	})
	for _, tc := range []struct{ text, want string }{
		{"The envoy visited the Libyan regions of Marn, Doran, and Sabet last month. He visited Doran to see a farm project.", "region:ly:doran"},
		{"The envoy went to Libya last month. He visited Doran to see a farm project.", "city:ly:doran"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Doran", strings.Count(tc.text, "Doran")); got != tc.want {
			t.Errorf("%q: the last Doran links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// In French, "la région de <name>" is the region of a twin pair; the French name of a
// country is the country; a place closing a body's lower-case French name is part of it.
func TestFrenchPlaceWords(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "country:ma", Kind: kg.Country, Name: "Morocco", Degree: 200},
		{ID: "region:ma:doran", Kind: kg.Region, Name: "Doran", Countries: []string{"country:ma"}, Degree: 8},
		{ID: "city:ma:doran", Kind: kg.City, Name: "Doran", Countries: []string{"country:ma"}, Regions: []string{"region:ma:doran"}, Population: 200_000, Degree: 2},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"L’envoyé des États-Unis est en visite dans la région de Doran au Maroc.", "Doran", "region:ma:doran"},
		{"L’envoyé des États-Unis est en visite dans la région de Doran au Maroc.", "États-Unis", "country:us"},
		{"L’envoyé des États-Unis est en visite dans la région de Doran au Maroc.", "Maroc", "country:ma"},
		{"Il a parlé à l’agence des États-Unis pour le commerce au Maroc.", "États-Unis", ""},
		{"La réunion s’est tenue à la chambre de commerce et de l’industrie de Doran au Maroc.", "Doran", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q links %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// A title and a surname go to the graph's person named in full whose office bears that
// title, though the text names his wife in full too; a second full name after the same
// title leaves the surname unlinked.
func TestTitledSurnameAmongNamesakes(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "person:lind-oskar-p", Kind: kg.Person, Name: "Oskar P. Lind", Degree: 3,
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:ly", Since: "2001-01-01"}}},
	})
	for _, tc := range []struct{ text, want string }{
		{"Envoy to Libya Oskar P. Lind and his wife Eva Lind toured the port. Later, Ambassador Lind met farmers.", "person:lind-oskar-p"},
		{"Oskar P. Lind and Ambassador Eva Lind toured the port in Libya. Later, Ambassador Lind met farmers.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Lind", strings.Count(tc.text, "Lind")); got != tc.want {
			t.Errorf("%q: the last Lind links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A place first in a list of bodies sharing a plural head ("Alba and Sorn Universities")
// is the first body's name (proposed as that body, never linked as the place); "the
// <name> area" of a city and a region of one name is either; "U.S." before a military
// unit's name opens it.
func TestSharedHeadsAreasAndUnits(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "region:ly:doran", Kind: kg.Region, Name: "Doran", Countries: []string{"country:ly"}, Degree: 8},
		{ID: "city:ly:doran", Kind: kg.City, Name: "Doran", Countries: []string{"country:ly"}, Regions: []string{"region:ly:doran"}, Population: 200_000, Degree: 6},
		{ID: "city:ly:kelvado", Kind: kg.City, Name: "Kelvado", Countries: []string{"country:ly"}, Population: 200_000, Degree: 6},
	})
	for _, tc := range []struct{ text, name, want string }{
		{"In Libya, he met the heads of Kelvado and Sorn Universities.", "Kelvado", "org:kelvado-university"},
		{"In Libya, he met the mayor of Kelvado and Sorn officials.", "Kelvado", "city:ly:kelvado"},
		{"In Libya, he met elders from the Doran area.", "Doran", ""},
		{"In Libya, he met elders from Doran.", "Doran", "city:ly:doran"},
		{"In Libya, a well was dug by a U.S. Naval Mobile Construction Battalion.", "U.S.", ""},
		{"In Libya, a well was dug with U.S. funds.", "U.S.", "country:us"},
	} {
		if got := ingestLinkAt(t, g, tc.text, tc.name, 1); got != tc.want {
			t.Errorf("%q: %q links %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// A town of another country than the one all the text's places lie in, backed by
// nothing but a cue word ("Doran City"), is a namesake the graph lacks, proposed as a new
// town of the text's country; with its country named it keeps the link.
func TestForeignTownByCueAlone(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ly", Kind: kg.Country, Name: "Libya", Degree: 200},
		{ID: "country:eg", Kind: kg.Country, Name: "Egypt", Degree: 200},
		{ID: "city:ly:marn", Kind: kg.City, Name: "Marn", Countries: []string{"country:ly"}, Population: 90_000, Degree: 3},
		{ID: "city:ly:sabet", Kind: kg.City, Name: "Sabet", Countries: []string{"country:ly"}, Population: 90_000, Degree: 3},
		{ID: "city:ly:kelvado", Kind: kg.City, Name: "Kelvado", Countries: []string{"country:ly"}, Population: 90_000, Degree: 3},
		{ID: "city:ly:tobra", Kind: kg.City, Name: "Tobra", Countries: []string{"country:ly"}, Population: 90_000, Degree: 3},
		{ID: "city:eg:doran", Kind: kg.City, Name: "Doran", Countries: []string{"country:eg"}, Population: 30_000, Degree: 2},
	})
	for _, tc := range []struct{ text, want string }{
		{"The envoy toured Marn, Sabet, Tobra and Kelvado, and spent a day in Doran City.", "city:ly:doran"},
		{"The envoy toured Marn, Sabet, Tobra and Kelvado, then flew to Egypt and spent a day in Doran City.", "city:eg:doran"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Doran", 1); got != tc.want {
			t.Errorf("%q: Doran links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A headline's possessive "America’s" is the country after a word that opens no longer
// name; after "Latin" it ends the region's name.
func TestHeadlineAmericaPossessive(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
	})
	for _, tc := range []struct{ text, want string }{
		{"Envoy’s Tour Shows America’s Ties with Farmers\n\nThe envoy met farmers.", "country:us"},
		{"Envoy’s Tour Shows Latin America’s Ties with Farmers\n\nThe envoy met farmers.", ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "America", 1); got != tc.want {
			t.Errorf("%q: America links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A French title, its article elided ("L’Ambassadeur Lind"), before a surname in a
// headline is the graph's person of that office named in full below.
func TestFrenchTitledSurname(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:ma", Kind: kg.Country, Name: "Morocco", Degree: 200},
		{ID: "person:lind-oskar-p", Kind: kg.Person, Name: "Oskar P. Lind", Degree: 3,
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:ma", Since: "2001-01-01"}}},
	})
	text := "L’Ambassadeur Lind en visite\n\nL’ambassadeur au Maroc, Oskar P. Lind, a visité le port avec son épouse Eva Lind."
	if got := ingestLinkAt(t, g, text, "Lind", 1); got != "person:lind-oskar-p" {
		t.Errorf("%q: the first Lind links %q, want person:lind-oskar-p", text, got)
	}
}

// A town's one-word name that is the family name of a person the text named in full
// before is that person ("Administrator Vell" after "Oskar Vell"), not the town; with two
// people of that surname named it is neither.
func TestSurnameOfNamedPersonIsNoTown(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:kh", Kind: kg.Country, Name: "Cambodia", Degree: 200},
		{ID: "city:us:vell", Kind: kg.City, Name: "Vell", Countries: []string{"country:us"}, Population: 40_000, Degree: 3},
		{ID: "person:vell-oskar", Kind: kg.Person, Name: "Oskar Vell", Degree: 3,
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:kh", Since: "2001-01-01"}}},
		{ID: "person:vell-anna", Kind: kg.Person, Name: "Anna Vell", Degree: 2,
			Positions: []store.Position{{Title: "Ambassador Extraordinary and Plenipotentiary", Body: "country:us", Since: "2011-01-01"}}},
	})
	for _, tc := range []struct {
		text string
		nth  int
		want string
	}{
		{"U.S. Administrator Oskar Vell will travel to Cambodia. While there, Administrator Vell will meet farmers in the United States.", 2, "person:vell-oskar"},
		{"Oskar Vell and Anna Vell will travel to Cambodia. While there, Administrator Vell will meet farmers in the United States.", 3, ""},
	} {
		if got := ingestLinkAt(t, g, tc.text, "Vell", tc.nth); got != tc.want && !(tc.want == "" && strings.HasPrefix(got, "new:")) {
			t.Errorf("%q: the last Vell links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A compass word that is some country's region's whole name ("Eastern") is generic:
// in a text that names no country of such a region, "the Eastern Province" is neither
// that region, nor a new region called "Eastern", nor a vote for where the text's places
// lie (which would send a seatless "U.S. Embassy" there).
func TestCompassNameNeedsItsCountry(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Degree: 900},
		{ID: "country:gh", Kind: kg.Country, Name: "Ghana", Degree: 200},
		{ID: "city:gh:accra", Kind: kg.City, Name: "Accra", Countries: []string{"country:gh"}, Population: 2_000_000, Degree: 20},
		{ID: "region:gh:eastern", Kind: kg.Region, Name: "Eastern", Countries: []string{"country:gh"}, Degree: 12},
		{ID: "consulate:united-states-of-america-embassy-accra", Kind: kg.Consulate, Name: "Embassy of United States of America in Accra",
			Represents: []string{"country:us"}, BasedIn: []string{"city:gh:accra"}, Degree: 2},
	})
	text := "U.S. Embassy Builds Wells\n\nThe U.S. Embassy will dig wells throughout the Eastern Province with the Eastern Provincial Council, and more wells for the Eastern Province next year."
	for nth := 1; nth <= 3; nth++ {
		if got := ingestLinkAt(t, g, text, "Eastern", nth); got != "" {
			t.Errorf("Eastern %d links %q, want nothing", nth, got)
		}
	}
	if got := ingestLinkAt(t, g, text, "U.S. Embassy", 2); got != "" {
		t.Errorf("U.S. Embassy links %q, want nothing", got)
	}
	named := "In Ghana, the U.S. Embassy will dig wells throughout the Eastern Region and more for the Eastern Region next year."
	if got := ingestLinkAt(t, g, named, "Eastern", 1); got != "region:gh:eastern" {
		t.Errorf("%q: Eastern links %q, want region:gh:eastern", named, got)
	}
}

// A country's capitals joined by a hyphen to a body's acronym ("KLF-UK") are one body's
// name; joined to another country's ("US-UK") they stay two countries.
func TestCountryGluedToAcronym(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:gb", Kind: kg.Country, Name: "United Kingdom", Aliases: []string{"UK"}, Degree: 800},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA", "US"}, Degree: 900},
	})
	for _, tc := range []struct{ text, want string }{
		{"The mayor opened a park built by the KLF-UK, a charity.", ""},
		{"The mayor opened a park built by the UK-KLF, a charity.", ""},
		{"The mayor spoke at the US-UK dialogue on trade.", "country:gb"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "UK", 1); got != tc.want && !(tc.want == "" && strings.HasPrefix(got, "new:")) {
			t.Errorf("%q: UK links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A name written in lower case inside a web address or a handle ("/velmaria",
// "@AidVelmaria") is no sign that the text uses the word as a common one: those words
// stand inside the spans webAddress finds, and prose words outside them.
func TestNameInWebAddressStaysAName(t *testing.T) {
	text := "The agency has worked in Velmaria since 1990. To learn more, see https://www.aid.gov/velmaria, and follow @AidVelmaria on Facebook."
	spans := webAddress.FindAllStringIndex(text, -1)
	var got []string
	for _, s := range spans {
		got = append(got, text[s[0]:s[1]])
	}
	if diff := cmp.Diff([]string{"https://www.aid.gov/velmaria", "@AidVelmaria"}, got); diff != "" {
		t.Errorf("web addresses (-want +got):\n%s", diff)
	}
	if within(spans, strings.Index(text, "Velmaria")) || !within(spans, strings.Index(text, "velmaria")) {
		t.Errorf("the prose Velmaria is inside an address, or the address's velmaria outside it")
	}
}

// A country's short form before a title in the possessive and a fund's head ("a U.S.
// Envoy’s Fund for Old Crafts grant") opens the fund's name; before the possessive title
// alone ("the U.S. Envoy’s residence") it is the country the office serves.
func TestShortFormBeforePossessiveFund(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
	})
	for _, tc := range []struct{ text, want string }{
		{"The temple was restored thanks to a U.S. Ambassador’s Fund for Old Crafts grant.", ""},
		{"The guests met at the U.S. Ambassador’s residence on Friday.", "country:us"},
	} {
		if got := ingestLinkAt(t, g, tc.text, "U.S.", 1); got != tc.want && !(tc.want == "" && strings.HasPrefix(got, "new:")) {
			t.Errorf("%q: U.S. links %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A country's short form before an office's title opens that office, though an earlier
// office's portfolio list ("Director for Asia Jane Roe and ...") stands right before it.
func TestShortFormAfterPortfolioHolder(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Degree: 900},
	})
	text := "Deputy Director for Asia Jane Roe and U.S. Deputy Assistant Secretary of State for Refugees Tom Poe will join the visit."
	if got := ingestLinkAt(t, g, text, "U.S.", 1); got != "country:us" {
		t.Errorf("%q: U.S. links %q, want country:us", text, got)
	}
}

// "Governorate" after a name that a city and its governorate share is the region's cue,
// in lower case too, as "Province" is: "traveled to Sorn Governorate" is no visit to the
// town, so the text reads "Sorn" in one sense and its lower-case "Sorn governorate" stays
// the region.
func TestGovernorateCue(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:eg", Kind: kg.Country, Name: "Egypt", Degree: 300},
		{ID: "region:eg:sorn", Kind: kg.Region, Name: "Sorn", Countries: []string{"country:eg"}, Degree: 5},
		{ID: "city:eg:sorn", Kind: kg.City, Name: "Sorn", Countries: []string{"country:eg"}, Regions: []string{"region:eg:sorn"}, Population: 400_000, Degree: 4},
	})
	text := "The envoy traveled to Sorn Governorate in Egypt on Monday. He met Sorn Governor Ali Badr there. A new plant will bring water throughout Sorn governorate when completed."
	for nth := 1; nth <= 3; nth++ {
		if got := ingestLinkAt(t, g, text, "Sorn", nth); got != "region:eg:sorn" {
			t.Errorf("Sorn %d links %q, want region:eg:sorn", nth, got)
		}
	}
}

// TestSaintForms: "St." and "Saint" are one name's two spellings, so a city the graph
// calls "Saint X" is "St. X" by its own name, and in a text on its country outranks a
// smaller namesake abroad that the graph spells "St. X"; the region of the same name, a
// seat's namesake, does not take the city's place.
func TestSaintForms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "country:bb", Kind: kg.Country, Name: "Belmark"},
		{ID: "region:aa:st-cyril", Kind: kg.Region, Name: "St.-Cyril", Countries: []string{"country:aa"}, Degree: 30},
		{ID: "city:aa:saint-cyril", Kind: kg.City, Name: "Saint Cyril", Countries: []string{"country:aa"},
			Regions: []string{"region:aa:st-cyril"}, Population: 4_000_000, Degree: 80},
		{ID: "city:bb:st-cyril", Kind: kg.City, Name: "St. Cyril", Countries: []string{"country:bb"}, Population: 200_000, Degree: 6},
		{ID: "city:bb:sainte-agathe", Kind: kg.City, Name: "Sainte Agathe", Countries: []string{"country:bb"}, Population: 9_000, Degree: 3},
	})
	text := "The Belmark envoy toured Arvenia and spoke to students in St. Cyril. Later she flew home to Ste. Agathe."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{
		"St. Cyril":   "city:aa:saint-cyril",
		"Ste. Agathe": "city:bb:sainte-agathe",
	})
	if got, want := saintForms("St. Cyril"), []string{"Saint Cyril"}; !slices.Equal(got, want) {
		t.Errorf("saintForms(St. Cyril) = %v, want %v", got, want)
	}
	if got := saintForms("Stanton"); got != nil {
		t.Errorf("saintForms(Stanton) = %v, want none", got)
	}
}

// TestCountryCode: three capitals that are a country's ISO alpha-3 code name that
// country in a text that names it in full; in a text that does not, they are left to
// the context (a body's initials more often), and they never name the country alone.
func TestCountryCode(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:qv", Kind: kg.Country, Name: "Quivira", Code: "QVR"},
		{ID: "country:us", Kind: kg.Country, Name: "United States", Aliases: []string{"USA"}, Code: "USA"},
	})
	text := "The envoy to Quivira said QVR and its neighbours would meet in the USA next spring."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"QVR": "country:qv", "USA": "country:us"})
	text = "The QVR board, a sports body, met on Monday."
	if got := ingestLinkAt(t, g, text, "QVR", 1); got == "country:qv" {
		t.Errorf("QVR in a text that never names Quivira linked to %s", got)
	}
}

// TestSubjectForms: a region the graph calls "X Oblast" or "X Krai" is also "X Region",
// "X Kray" or "X Territory", and "X" alone where nothing else the graph holds bears X;
// where a city does ("Korvin"), the stem stays the city's.
func TestSubjectForms(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "region:aa:dolgan-oblast", Kind: kg.Region, Name: "Dolgan Oblast", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "region:aa:korvin-oblast", Kind: kg.Region, Name: "Korvin Oblast", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "region:aa:tesh-krai", Kind: kg.Region, Name: "Tesh Krai", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "city:aa:korvin", Kind: kg.City, Name: "Korvin", Countries: []string{"country:aa"}, Population: 300_000, Degree: 5},
	})
	text := "In Arvenia the consul went to Dolgan, then to Korvin, the Tesh Territory and the Korvin Region."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{
		"Dolgan":         "region:aa:dolgan-oblast",
		"Korvin":         "city:aa:korvin",
		"Tesh Territory": "region:aa:tesh-krai",
		"Korvin Region":  "region:aa:korvin-oblast",
	})
}

// TestConstituentNations: a region the graph ties widely, named alone by its own name
// that nothing else bears, is that region though its country goes unnamed, as a large
// city is; a place many words after "from", or whose people are private ones ("business
// representatives from"), is no visitor of the event.
func TestConstituentNations(t *testing.T) {
	g := fixtureGazetteer(t)
	text := "The First Minister said Scotland and Bavaria trade more each year. Wales hosts the final."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Scotland": "region:gb:scotland", "Bavaria": "region:de:bavaria", "Wales": "region:gb:wales"})
	text = "Last week the minister visited Tokyo. She met with firms across many sectors – from Acme Robotics to the Zenith Trust – to praise Scotland's economy. " +
		"She was joined by business representatives from Wales."
	doc, err = g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range doc.Relations {
		if x.From == "region:gb:scotland" || x.From == "region:gb:wales" {
			t.Errorf("%s made a party of the visit (%s %v)", x.From, x.Type, x.Props)
		}
	}
}

// TestPlaceGovernments: "<place> Government", at any level, is its place (the place's
// name the mention, no new body); where a city and a region share the name, the level
// says which; a devolved nation's own style ("Scottish Government") is the nation.
func TestPlaceGovernments(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "region:aa:tolm", Kind: kg.Region, Name: "Tolm", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "city:aa:tolm", Kind: kg.City, Name: "Tolm", Countries: []string{"country:aa"}, Regions: []string{"region:aa:tolm"}, Population: 900_000, Degree: 5},
		{ID: "region:aa:vess", Kind: kg.Region, Name: "Vess", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "region:gb:scotland", Kind: kg.Region, Name: "Scotland", Degree: 100},
	})
	text := "In Arvenia the envoy met the Tolm Municipal Government, then officials of the Vess Provincial Government. The Scottish Government sent a letter."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Tolm": "city:aa:tolm", "Vess": "region:aa:vess", "Scottish Government": "region:gb:scotland"})
	for _, e := range doc.Entities {
		if e.Status == "new" && strings.Contains(e.Name, "Government") {
			t.Errorf("proposed %q as a new body", e.Name)
		}
	}
}

// TestCompassCountryAndTownsRegion: "Northern <country>" is the graph's region of that
// country named by the same point and a generic head; a region holding a town the text
// links outweighs a small namesake town elsewhere; a place opening a museum's or a
// multi-word day's name is a word of that name.
func TestCompassCountryAndTownsRegion(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50},
		{ID: "country:bb", Kind: kg.Country, Name: "Belmark", Degree: 50},
		{ID: "region:aa:northern-region", Kind: kg.Region, Name: "Northern Region", Countries: []string{"country:aa"}, Degree: 5},
		{ID: "region:aa:upland", Kind: kg.Region, Name: "Upland", Countries: []string{"country:aa"}, Degree: 2},
		{ID: "region:aa:coast", Kind: kg.Region, Name: "Coast", Countries: []string{"country:aa"}, Degree: 2},
		{ID: "city:aa:upland", Kind: kg.City, Name: "Upland", Countries: []string{"country:aa"}, Regions: []string{"region:aa:coast"}, Population: 4000, Degree: 2},
		{ID: "city:aa:kessel", Kind: kg.City, Name: "Kessel", Countries: []string{"country:aa"}, Regions: []string{"region:aa:upland"}, Population: 60_000, Degree: 4},
	})
	text := "The envoy went to Northern Arvenia. At the Kessel Art Museum in Kessel she spoke of Upland and its farms. Later she marked Arvenia Belmark Friendship Day."
	doc, err := g.Ingest(Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, doc, map[string]string{"Northern Arvenia": "region:aa:northern-region", "Upland": "region:aa:upland", "Kessel": "city:aa:kessel"})
	if got := ingestLinkAt(t, g, text, "Kessel", 1); got != "" {
		t.Errorf("Kessel of the museum's name linked to %s", got)
	}
	if got := ingestLinkAt(t, g, text, "Arvenia", 2); got != "" {
		t.Errorf("Arvenia of the day's name linked to %s", got)
	}
}

// TestMiddleNameShortForm: one who goes by the middle name ("Mira Lind" for Ada Mira
// Lind) is that person where the text names the country of her office, as a short
// form is; elsewhere the form stays unlinked.
func TestMiddleNameShortForm(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{
		{ID: "country:aa", Kind: kg.Country, Name: "Arvenia"},
		{ID: "person:lind-ada-mira", Kind: kg.Person, Name: "Ada Mira Lind", Positions: []store.Position{{Title: "Ambassador", Body: "country:aa"}}},
	})
	if got := ingestLinkAt(t, g, "In Arvenia, Ambassador Mira Lind opened the school.", "Mira Lind", 1); got != "person:lind-ada-mira" {
		t.Errorf("Mira Lind in Arvenia links %q, want the ambassador", got)
	}
	if got := ingestLinkAt(t, g, "The singer Mira Lind opened the festival.", "Mira Lind", 1); got != "" {
		t.Errorf("Mira Lind with no country of the office named links %q", got)
	}
}

// TestMonthLastYear: a month before "last year" is that month of the year before
// publication; "last year" alone stays the year.
func TestMonthLastYear(t *testing.T) {
	for text, want := range map[string][]string{
		"The plaque was unveiled in March last year.": {"March last year=2023-03/relative/"},
		"The plaque was unveiled last year.":          {"last year=2023/relative/"},
	} {
		pub, _ := kg.ParseDate("2024-06-10")
		var got []string
		for _, d := range findDates(text, pub, sentences(text)) {
			got = append(got, d.Text+"="+d.Value+"/"+d.How+"/"+d.Stated)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", text, diff)
		}
	}
}

// TestDatesNotOfTheEvent: a year after someone's visit named as a thing is that visit's,
// and a date before "completed a ... visit" is its end: neither dates the event.
func TestDatesNotOfTheEvent(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   string
		want bool
	}{
		{"The minister held a call on the work stemming from the Premier's visit to Alba in 2019.", "2019", true},
		{"The minister visited Alba in 2019.", "2019", false},
		{"Alba, May 5, 2021 – The envoy today completed a four-day working visit to Bela.", "May 5, 2021", true},
		{"Alba, May 5, 2021 – The envoy began a four-day working visit to Bela.", "May 5, 2021", false},
		// a report's day with "recently" after it puts the event before that day, undated
		{"ALBA, Jun. 4 (AP)--The mayors of Alba and Bela recently signed a pact.", "Jun. 4", true},
		{"ALBA, Jun. 4 (AP)--The mayor, who recently took office, signed a pact with Bela.", "Jun. 4", false},
		{"ALBA, Jun. 4 (AP)--The mayors signed a pact. Ties recently grew.", "Jun. 4", false},
		// a year closing someone's past visit told in a relative clause is that visit's
		{"Also there was the former mayor, who visited Bela during his years as mayor of Alba in 2009.", "2009", true},
		{"Also there was the former mayor, who visited Bela on May 3, 2009.", "May 3, 2009", false},
		{"The former mayor visited Bela in 2009.", "2009", false},
	} {
		if got := notEventDate(tc.text, strings.Index(tc.text, tc.at)); got != tc.want {
			t.Errorf("%q: notEventDate(%q) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}

// TestHonourNames: a country's name opening an honour's or an envoy's residence's name
// ("the Arvenia Order of Merit", "the Arvenia Residence") is a word of that name.
func TestHonourNames(t *testing.T) {
	g := NewGazetteer([]store.NameRecord{{ID: "country:aa", Kind: kg.Country, Name: "Arvenia", Degree: 50}})
	text := "He joined the Arvenia Order of Merit at a ceremony in the Arvenia Residence. Arvenia thanked him."
	for nth, want := range map[int]string{1: "", 2: "", 3: "country:aa"} {
		if got := ingestLinkAt(t, g, text, "Arvenia", nth); got != want {
			t.Errorf("Arvenia (%d) links %q, want %q", nth, got, want)
		}
	}
}
