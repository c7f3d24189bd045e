; certjax: rule estimators.score_constant_baseline_Poisson, obligation 'second_order.hessian_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!8 () Real)
(declare-fun lgamma!14 () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let ((?x154 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x155 (* (/ 1.0 2.0) ?x154)))
 (let ((?x116 (/ (/ 1.0 exp!2) exp!3)))
 (let ((?x142 (* ?x116 exp!4)))
 (let ((?x156 (* ?x142 ?x155)))
 (let ((?x39 (/ 1.0 rate)))
 (let ((?x40 (* z ?x39)))
 (let ((?x42 (+ ?x40 (- 1.0))))
 (let ((?x147 (* ?x142 ?x42)))
 (let ((?x152 (* |g2[0]| ?x147)))
 (let ((?x157 (+ ?x152 ?x156)))
 (let ((?x60 (- b)))
 (let ((?x150 (+ f2 ?x60)))
 (let ((?x148 (* ?x42 ?x147)))
 (let ((?x77 (/ 1.0 (* rate rate))))
 (let ((?x144 (- ?x77)))
 (let ((?x145 (* z ?x144)))
 (let ((?x146 (* ?x142 ?x145)))
 (let ((?x149 (+ ?x146 ?x148)))
 (let ((?x151 (* ?x149 ?x150)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x158 (+ ?x153 ?x157)))
 (let ((?x81 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x82 (+ ?x81 ?x81)))
 (let ((?x72 (* f2 1.0)))
 (let ((?x71 (* 1.0 ?x60)))
 (let ((?x73 (+ ?x71 ?x72)))
 (let ((?x74 (* z ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x78 (* ?x75 ?x77)))
 (let ((?x64 (* |g2[0]| 1.0)))
 (let ((?x45 (* ?x42 1.0)))
 (let ((?x63 (* f2 ?x45)))
 (let ((?x65 (+ ?x63 ?x64)))
 (let ((?x61 (* ?x45 ?x60)))
 (let ((?x66 (+ ?x61 ?x65)))
 (let ((?x69 (* z ?x66)))
 (let ((?x70 (/ ?x69 rate)))
 (let ((?x79 (+ ?x70 ?x78)))
 (let ((?x67 (- ?x66)))
 (let ((?x57 (* |g2[0]| ?x45)))
 (let ((?x46 (* (/ 1.0 2.0) ?x45)))
 (let ((?x47 (* 0.0 ?x46)))
 (let ((?x49 (+ (- 1.0) 1.0)))
 (let ((?x50 (* (/ 1.0 2.0) ?x49)))
 (let ((?x53 (+ ?x50 ?x47)))
 (let ((?x54 (* |h2[0,0]| ?x53)))
 (let ((?x51 (* |h2[0,0]| ?x50)))
 (let ((?x52 (+ ?x47 ?x51)))
 (let ((?x55 (+ ?x52 ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x68 (+ ?x58 ?x67)))
 (let ((?x80 (+ ?x68 ?x79)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x143 (* ?x142 ?x83)))
 (or (and (distinct ?x143 ?x158) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!8 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!8)))
(assert
 (let (($x30 (= exp!1 rate)))
 (let (($x29 (> rate 0.0)))
 (=> $x29 $x30))))
(assert
 (= (< rate log!8) (< exp!2 exp!1)))
(assert
 (= (< log!8 rate) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> rate 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (>= exp!2 (+ 1.0 rate)))
(assert
 (= (< lgamma!14 log!8) (< exp!3 exp!1)))
(assert
 (= (< log!8 lgamma!14) (< exp!1 exp!3)))
(assert
 (= (< lgamma!14 rate) (< exp!3 exp!2)))
(assert
 (= (< rate lgamma!14) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!14 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!14)))
(assert
 (= (< (* z log!8) log!8) (< exp!4 exp!1)))
(assert
 (= (< log!8 (* z log!8)) (< exp!1 exp!4)))
(assert
 (= (< (* z log!8) rate) (< exp!4 exp!2)))
(assert
 (= (< rate (* z log!8)) (< exp!2 exp!4)))
(assert
 (= (< (* z log!8) lgamma!14) (< exp!4 exp!3)))
(assert
 (= (< lgamma!14 (* z log!8)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* z log!8) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* z log!8))))
(check-sat)
(pop 1)
