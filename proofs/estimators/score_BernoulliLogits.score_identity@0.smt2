; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!67 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x57 (- ?x15)))
 (let ((?x35 (/ ?x57 ?x18)))
 (let ((?x33 (+ 1.0 ?x35)))
 (let ((?x17 (- ?x33)))
 (let ((?x34 (/ ?x15 exp!2)))
 (let ((?x61 (* ?x34 ?x17)))
 (let ((?x62 (* |f[0]| ?x61)))
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x29 (* ?x38 ?x60)))
 (let ((?x49 (* ?x34 ?x29)))
 (or (and (distinct ?x49 ?x62) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!67 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x57 (- ?x15)))
 (let ((?x35 (/ ?x57 ?x18)))
 (let ((?x33 (+ 1.0 ?x35)))
 (let ((?x17 (- ?x33)))
 (let ((?x34 (/ ?x15 exp!2)))
 (let ((?x61 (* ?x34 ?x17)))
 (let ((?x62 (* |f[0]| ?x61)))
 (let ((?x63 (/ 1.0 exp!2)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x64 (* ?x38 ?x63)))
 (let ((?x87 (* ?x34 ?x64)))
 (or (and (distinct ?x87 ?x62) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!67 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let ((?x57 (- ?x15)))
 (let ((?x35 (/ ?x57 ?x18)))
 (let ((?x33 (+ 1.0 ?x35)))
 (let ((?x17 (- ?x33)))
 (let ((?x34 (/ ?x15 exp!2)))
 (let ((?x61 (* ?x34 ?x17)))
 (let ((?x62 (* |f[0]| ?x61)))
 (let ((?x63 (/ 1.0 exp!2)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x64 (* ?x38 ?x63)))
 (let ((?x87 (* ?x34 ?x64)))
 (or (and (distinct ?x87 ?x62) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!67 () Real)
(declare-fun log!101 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (= 0.0 ?x82))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let ((?x178 (/ ?x60 ?x82)))
 (let ((?x105 (- ?x178)))
 (let ((?x158 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x158 ?x105)))
 (let ((?x113 (* |f[0]| ?x242)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x29 (* ?x38 ?x60)))
 (let ((?x263 (* ?x29 ?x158)))
 (or (and (distinct ?x263 ?x113) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!101 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!101) (< exp!1 exp!3)))
(assert
 (= (< log!101 log!67) (< exp!3 exp!2)))
(assert
 (= (< log!67 log!101) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!101 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!101)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!67 () Real)
(declare-fun log!101 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let ((?x178 (/ ?x60 ?x82)))
 (let ((?x105 (- ?x178)))
 (let ((?x158 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x158 ?x105)))
 (let ((?x113 (* |f[0]| ?x242)))
 (let ((?x86 (/ ?x60 exp!3)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x273 (* ?x38 ?x86)))
 (let ((?x108 (* ?x158 ?x273)))
 (or (and (distinct ?x108 ?x113) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!101 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!101) (< exp!1 exp!3)))
(assert
 (= (< log!101 log!67) (< exp!3 exp!2)))
(assert
 (= (< log!67 log!101) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!101 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!101)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!67 () Real)
(declare-fun log!101 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (< 0.0 ?x82))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let (($x114 (= 0.0 ?x82)))
 (not $x114)))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x82 (+ 1.0 ?x60)))
 (let ((?x178 (/ ?x60 ?x82)))
 (let ((?x105 (- ?x178)))
 (let ((?x158 (/ 1.0 exp!3)))
 (let ((?x242 (* ?x158 ?x105)))
 (let ((?x113 (* |f[0]| ?x242)))
 (let ((?x86 (/ ?x60 exp!3)))
 (let ((?x38 (- |f[0]|)))
 (let ((?x273 (* ?x38 ?x86)))
 (let ((?x108 (* ?x158 ?x273)))
 (or (and (distinct ?x108 ?x113) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!67 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!67) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!67 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!67)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!101 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!101) (< exp!1 exp!3)))
(assert
 (= (< log!101 log!67) (< exp!3 exp!2)))
(assert
 (= (< log!67 log!101) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!101 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!101)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
