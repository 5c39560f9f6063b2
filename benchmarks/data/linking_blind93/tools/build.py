import json, random, importlib.util, os
HERE=os.path.dirname(os.path.abspath(__file__)); OUT=os.path.dirname(HERE)
arts=[]
for i in range(1,5):
    spec=importlib.util.spec_from_file_location(f"p{i}",os.path.join(HERE,f"part{i}.py")); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); arts+=m.ARTS
rng=random.Random(93)
ids=rng.sample(range(1000,10000),len(arts))
for a,i in zip(arts,ids): a["id"]=f"b93-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]["group"]!=arts[k+1]["group"] for k in range(len(arts)-1)): break
with open(os.path.join(OUT,"articles.jsonl"),"w") as f, open(os.path.join(OUT,"groups.jsonl"),"w") as g:
    for a in arts:
        f.write(json.dumps({k:a[k] for k in ("id","published","outlet","title","text")},ensure_ascii=False)+"\n")
        g.write(json.dumps({"id":a["id"],"group":a["group"]})+"\n")
print("wrote",len(arts))
