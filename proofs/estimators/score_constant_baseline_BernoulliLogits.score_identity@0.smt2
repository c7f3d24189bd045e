; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!70 () Real)
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
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x34 (- ?x29)))
 (let ((?x57 (* ?x34 ?x49)))
 (let ((?x33 (* ?x35 ?x57)))
 (or (and (distinct ?x33 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!70 () Real)
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
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x66 (/ 1.0 exp!2)))
 (let ((?x34 (- ?x29)))
 (let ((?x67 (* ?x34 ?x66)))
 (let ((?x90 (* ?x35 ?x67)))
 (or (and (distinct ?x90 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!70 () Real)
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
 (let ((?x17 (- ?x15)))
 (let ((?x61 (/ ?x17 ?x18)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x35 (/ ?x15 exp!2)))
 (let ((?x64 (* ?x35 ?x63)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x65 (* ?x29 ?x64)))
 (let ((?x66 (/ 1.0 exp!2)))
 (let ((?x34 (- ?x29)))
 (let ((?x67 (* ?x34 ?x66)))
 (let ((?x90 (* ?x35 ?x67)))
 (or (and (distinct ?x90 ?x65) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!70 () Real)
(declare-fun log!104 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (= 0.0 ?x158))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let ((?x188 (/ ?x49 ?x158)))
 (let ((?x148 (- ?x188)))
 (let ((?x268 (/ 1.0 exp!3)))
 (let ((?x288 (* ?x268 ?x148)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x167 (* ?x29 ?x288)))
 (let ((?x34 (- ?x29)))
 (let ((?x57 (* ?x34 ?x49)))
 (let ((?x215 (* ?x57 ?x268)))
 (or (and (distinct ?x215 ?x167) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!104 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!104) (< exp!1 exp!3)))
(assert
 (= (< log!104 log!70) (< exp!3 exp!2)))
(assert
 (= (< log!70 log!104) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!104 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!104)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!70 () Real)
(declare-fun log!104 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let ((?x188 (/ ?x49 ?x158)))
 (let ((?x148 (- ?x188)))
 (let ((?x268 (/ 1.0 exp!3)))
 (let ((?x288 (* ?x268 ?x148)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x167 (* ?x29 ?x288)))
 (let ((?x79 (/ ?x49 exp!3)))
 (let ((?x34 (- ?x29)))
 (let ((?x207 (* ?x34 ?x79)))
 (let ((?x139 (* ?x268 ?x207)))
 (or (and (distinct ?x139 ?x167) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!104 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!104) (< exp!1 exp!3)))
(assert
 (= (< log!104 log!70) (< exp!3 exp!2)))
(assert
 (= (< log!70 log!104) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!104 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!104)))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!70 () Real)
(declare-fun log!104 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (< 0.0 ?x158))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let (($x173 (= 0.0 ?x158)))
 (not $x173)))))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x158 (+ 1.0 ?x49)))
 (let ((?x188 (/ ?x49 ?x158)))
 (let ((?x148 (- ?x188)))
 (let ((?x268 (/ 1.0 exp!3)))
 (let ((?x288 (* ?x268 ?x148)))
 (let ((?x60 (- b)))
 (let ((?x29 (+ |f[0]| ?x60)))
 (let ((?x167 (* ?x29 ?x288)))
 (let ((?x79 (/ ?x49 exp!3)))
 (let ((?x34 (- ?x29)))
 (let ((?x207 (* ?x34 ?x79)))
 (let ((?x139 (* ?x268 ?x207)))
 (or (and (distinct ?x139 ?x167) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!70 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!70 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!70)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!104 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!104) (< exp!1 exp!3)))
(assert
 (= (< log!104 log!70) (< exp!3 exp!2)))
(assert
 (= (< log!70 log!104) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!104 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!104)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
