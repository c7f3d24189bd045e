; certjax: rule elementwise.log, obligation 'finite', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun g () Real)
(declare-fun log!2 () Real)
(declare-fun unknown!9 () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!10 () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 x))
(assert
 (<= (- 340282346638528859811704183484516925440.0) x))
(assert
 (>= 340282346638528859811704183484516925440.0 x))
(assert
 (let (($x44 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) x)))
 (let (($x37 (<= (/ 1.0 85070591730234615865843651857942052864.0) x)))
 (let (($x43 (or $x37 $x44)))
 (let (($x42 (= 0.0 x)))
 (or $x42 $x43))))))
(assert
 (<= (- 1.0) g))
(assert
 (>= 1.0 g))
(assert
 (let (($x45 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) g)))
 (let (($x17 (<= (/ 1.0 85070591730234615865843651857942052864.0) g)))
 (let (($x67 (or $x17 $x45)))
 (let (($x64 (= 0.0 g)))
 (or $x64 $x67))))))
(assert
 (<= (- 170141173319264429905852091742258462720.0) log!2))
(assert
 (>= 170141173319264429905852091742258462720.0 log!2))
(assert
 (let ((?x32 (/ 1.0 x)))
 (let ((?x30 (* g ?x32)))
 (<= (- 170141173319264429905852091742258462720.0) ?x30))))
(assert
 (let ((?x32 (/ 1.0 x)))
 (let ((?x30 (* g ?x32)))
 (>= 170141173319264429905852091742258462720.0 ?x30))))
(assert
 (< 0.0 x))
(assert
 (let (($x42 (= 0.0 x)))
 (not $x42)))
(assert
 (let (($x108 (> 0.0 unknown!9)))
 (let ((?x88 (/ g x)))
 (let (($x105 (< 340282508897796017618510658029129564160.0 ?x88)))
 (let (($x64 (= 0.0 g)))
 (let (($x42 (= 0.0 x)))
 (let (($x86 (and $x42 $x64)))
 (let (($x87 (not $x86)))
 (let (($x106 (and $x87 $x105)))
 (let (($x109 (or $x106 $x108)))
 (let (($x103 (< 340282346638528859811704183484516925440.0 ?x88)))
 (let (($x104 (and $x87 $x103)))
 (let (($x110 (and $x104 $x109)))
 (let (($x29 (not $x42)))
 (let (($x111 (and $x29 $x110)))
 (let (($x101 (> 0.0 unknown!8)))
 (let (($x84 (not $x64)))
 (let (($x85 (and $x42 $x84)))
 (let (($x102 (and $x85 $x101)))
 (let (($x112 (or $x102 $x111)))
 (let (($x113 (and $x87 $x112)))
 (let (($x117 (or $x86 $x113)))
 (let (($x114 (not $x113)))
 (let (($x115 (and $x87 $x114)))
 (let (($x95 (> 0.0 unknown!10)))
 (let ((?x89 (- ?x88)))
 (let (($x92 (< 340282508897796017618510658029129564160.0 ?x89)))
 (let (($x93 (and $x87 $x92)))
 (let (($x96 (or $x93 $x95)))
 (let (($x90 (< 340282346638528859811704183484516925440.0 ?x89)))
 (let (($x91 (and $x87 $x90)))
 (let (($x97 (and $x91 $x96)))
 (let (($x98 (and $x29 $x97)))
 (let (($x99 (or $x85 $x98)))
 (let (($x116 (and $x99 $x115)))
 (let (($x118 (or $x116 $x117)))
 (or $x118)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!2 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!2)))
(assert
 (let (($x36 (= exp!1 x)))
(=> (> x 0.0) $x36)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun g () Real)
(declare-fun log!2 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!5 () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!3 () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 x))
(assert
 (<= (- 340282346638528859811704183484516925440.0) x))
(assert
 (>= 340282346638528859811704183484516925440.0 x))
(assert
 (let (($x44 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) x)))
 (let (($x37 (<= (/ 1.0 85070591730234615865843651857942052864.0) x)))
 (let (($x43 (or $x37 $x44)))
 (let (($x42 (= 0.0 x)))
 (or $x42 $x43))))))
(assert
 (<= (- 1.0) g))
(assert
 (>= 1.0 g))
(assert
 (let (($x45 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) g)))
 (let (($x17 (<= (/ 1.0 85070591730234615865843651857942052864.0) g)))
 (let (($x67 (or $x17 $x45)))
 (let (($x64 (= 0.0 g)))
 (or $x64 $x67))))))
(assert
 (<= (- 170141173319264429905852091742258462720.0) log!2))
(assert
 (>= 170141173319264429905852091742258462720.0 log!2))
(assert
 (let ((?x32 (/ 1.0 x)))
 (let ((?x30 (* g ?x32)))
 (<= (- 170141173319264429905852091742258462720.0) ?x30))))
(assert
 (let ((?x32 (/ 1.0 x)))
 (let ((?x30 (* g ?x32)))
 (>= 170141173319264429905852091742258462720.0 ?x30))))
(assert
 (< 0.0 x))
(assert
 (let (($x42 (= 0.0 x)))
 (not $x42)))
(assert
 (let (($x21 (> 0.0 unknown!1)))
 (let (($x42 (= 0.0 x)))
 (let (($x20 (and $x42 $x21)))
 (let (($x25 (> 0.0 x)))
 (let (($x29 (not $x42)))
 (let (($x23 (and $x29 $x25)))
 (let (($x56 (or $x23 $x20)))
 (let (($x50 (not $x56)))
 (let (($x59 (and $x42 $x50)))
 (let (($x51 (or $x56 $x59)))
 (not $x51))))))))))))
(assert
 (let (($x76 (> 0.0 unknown!5)))
 (let ((?x32 (/ 1.0 x)))
 (let ((?x72 (- ?x32)))
 (let (($x74 (< 340282508897796017618510658029129564160.0 ?x72)))
 (let (($x77 (or $x74 $x76)))
 (let (($x73 (< 340282346638528859811704183484516925440.0 ?x72)))
 (let (($x78 (and $x73 $x77)))
 (let (($x42 (= 0.0 x)))
 (let (($x29 (not $x42)))
 (let (($x79 (and $x29 $x78)))
 (let (($x80 (or $x42 $x79)))
 (let (($x70 (> 0.0 unknown!4)))
 (let (($x68 (< 340282508897796017618510658029129564160.0 ?x32)))
 (let (($x57 (or $x68 $x70)))
 (let (($x54 (< 340282346638528859811704183484516925440.0 ?x32)))
 (let (($x58 (and $x54 $x57)))
 (let (($x60 (and $x29 $x58)))
 (let (($x48 (> 0.0 unknown!3)))
 (let (($x53 (and $x42 $x48)))
 (let (($x52 (or $x53 $x60)))
 (let (($x71 (not $x52)))
 (let (($x81 (and $x71 $x80)))
 (let (($x82 (or $x52 $x81)))
 (not $x82)))))))))))))))))))))))))
(assert
 (or false))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!2 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!2)))
(assert
 (=> (> x 0.0) (= exp!1 x)))
(check-sat)
(pop 1)
