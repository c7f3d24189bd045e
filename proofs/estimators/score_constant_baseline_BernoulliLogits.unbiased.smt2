; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!89 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x67 (- ?x18)))
 (let ((?x68 (/ ?x67 ?x19)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x73 (+ 1.0 ?x70)))
 (let ((?x51 (/ 1.0 exp!2)))
 (let ((?x74 (* ?x51 ?x73)))
 (let ((?x75 (* |f[1]| ?x74)))
 (let ((?x55 (/ ?x18 exp!2)))
 (let ((?x71 (* ?x55 ?x70)))
 (let ((?x72 (* |f[0]| ?x71)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x60 (* |f[1]| 1.0)))
 (let ((?x44 (- b)))
 (let ((?x46 (* ?x44 1.0)))
 (let ((?x61 (+ ?x46 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x63 (* ?x51 ?x62)))
 (let ((?x64 (+ ?x61 ?x63)))
 (let ((?x65 (* ?x51 ?x64)))
 (let ((?x48 (* |f[0]| 1.0)))
 (let ((?x49 (+ ?x46 ?x48)))
 (let ((?x53 (* 0.0 ?x49)))
 (let ((?x50 (- ?x49)))
 (let ((?x52 (* ?x51 ?x50)))
 (let ((?x54 (+ ?x52 ?x53)))
 (let ((?x56 (* ?x55 ?x54)))
 (let ((?x66 (+ ?x56 ?x65)))
 (or (and (distinct ?x66 ?x76) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!89 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!89) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!89 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!89)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!89 () Real)
(declare-fun log!132 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (< 0.0 ?x78))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let (($x267 (= 0.0 ?x78)))
 (not $x267)))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (< 0.0 ?x78))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let (($x267 (= 0.0 ?x78)))
 (not $x267)))))
(assert
 (let ((?x77 (* 1.0 exp!1)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let ((?x172 (/ ?x77 ?x78)))
 (let ((?x173 (- ?x172)))
 (let ((?x187 (+ 1.0 ?x173)))
 (let ((?x185 (/ ?x77 exp!3)))
 (let ((?x184 (* ?x185 ?x187)))
 (let ((?x188 (* |f[1]| ?x184)))
 (let ((?x138 (/ 1.0 exp!3)))
 (let ((?x179 (* ?x138 ?x173)))
 (let ((?x180 (* |f[0]| ?x179)))
 (let ((?x146 (+ ?x180 ?x188)))
 (let ((?x60 (* |f[1]| 1.0)))
 (let ((?x44 (- b)))
 (let ((?x46 (* ?x44 1.0)))
 (let ((?x61 (+ ?x46 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x170 (* ?x185 ?x62)))
 (let ((?x171 (+ ?x61 ?x170)))
 (let ((?x152 (* ?x185 ?x171)))
 (let ((?x48 (* |f[0]| 1.0)))
 (let ((?x49 (+ ?x46 ?x48)))
 (let ((?x53 (* 0.0 ?x49)))
 (let ((?x50 (- ?x49)))
 (let ((?x127 (* ?x185 ?x50)))
 (let ((?x137 (+ ?x127 ?x53)))
 (let ((?x147 (* ?x138 ?x137)))
 (let ((?x153 (+ ?x147 ?x152)))
 (or (and (distinct ?x153 ?x146) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!89 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!89) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!89 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!89)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!89) (< exp!3 exp!2)))
(assert
 (= (< log!89 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
